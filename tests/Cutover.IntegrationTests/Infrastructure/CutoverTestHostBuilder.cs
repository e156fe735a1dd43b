namespace Cutover.IntegrationTests.Infrastructure;

/// <summary>
/// What a test's host is given: fakes to talk to (each started for it, or one the test shares between hosts), its
/// database, its clock and any other settings; <see cref="StartAsync"/> starts it all. Settings given with
/// <see cref="WithSetting"/> win over those the fakes bring.
/// </summary>
public sealed class CutoverTestHostBuilder
{
    /// <summary>The credentials and switches an unconfigured host blanks, whatever the machine's environment holds.</summary>
    private static readonly string[] Credentials =
    [
        "DATABASE_URL", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "MicrosoftAppId", "MicrosoftAppPassword", "HEROKU_API_TOKEN",
        "HEROKU_API_URL", "HEROKU_DATA_API_URL", "CUTOVER_APPROVERS", "CUTOVER_SANDBOX",
    ];

    private readonly bool _unconfigured;
    private readonly Dictionary<string, string> _settings = new(StringComparer.Ordinal);
    private bool _startHeroku;
    private SimulatorHost? _heroku;
    private bool _startSlack;
    private FakeSlack? _slack;
    private Action<FakeSlack>? _prepareSlack;
    private TeamsFakes _teams;
    private TestZone[]? _zones;
    private KnotServer? _dns;
    private DatabaseProvider _provider = DatabaseProvider.Sqlite;
    private TestDatabase? _database;
    private TimeProvider? _clock;
    private bool _onLoopback;

    internal CutoverTestHostBuilder(bool unconfigured) => _unconfigured = unconfigured;

    private enum TeamsFakes
    {
        None,

        /// <summary>The fake Bot Framework issuer signs activities and the fake Bot Connector takes its tokens.</summary>
        Issuer,

        /// <summary>The Bot Framework Emulator mode: a Bot Connector that asks for no token and no app id.</summary>
        Emulator,
    }

    /// <summary>Heroku is a simulator started for this host, mounted under <c>/sandbox/heroku</c> as the sandbox mounts it.</summary>
    public CutoverTestHostBuilder WithHeroku()
    {
        _startHeroku = true;
        return this;
    }

    /// <summary>Heroku is <paramref name="heroku"/>, which the test owns (shared by several hosts).</summary>
    public CutoverTestHostBuilder WithHeroku(SimulatorHost heroku)
    {
        _heroku = heroku;
        return this;
    }

    /// <summary>
    /// Slack is a fake workspace started for this host (on the host's clock when it has one), which
    /// <paramref name="prepare"/> fills with channels and people before the host starts.
    /// </summary>
    public CutoverTestHostBuilder WithSlack(Action<FakeSlack>? prepare = null)
    {
        _startSlack = true;
        _prepareSlack = prepare;
        return this;
    }

    /// <summary>Slack is <paramref name="slack"/>, which the test owns (shared by several hosts).</summary>
    public CutoverTestHostBuilder WithSlack(FakeSlack slack)
    {
        _slack = slack;
        return this;
    }

    /// <summary>Teams is a fake Bot Framework issuer (tokens, keys, login) and a fake Bot Connector taking its tokens.</summary>
    public CutoverTestHostBuilder WithTeams()
    {
        _teams = TeamsFakes.Issuer;
        return this;
    }

    /// <summary>
    /// Teams in the explicit Bot Framework Emulator mode (<c>CUTOVER_TEAMS_EMULATOR=true</c>, the sandbox off): no app
    /// id, and a fake Bot Connector that asks for no token.
    /// </summary>
    public CutoverTestHostBuilder WithTeamsEmulator()
    {
        _teams = TeamsFakes.Emulator;
        return this;
    }

    /// <summary>DNS answers come from a Knot server started for this host, serving <paramref name="zones"/>.</summary>
    public CutoverTestHostBuilder WithDns(params TestZone[] zones)
    {
        _zones = zones;
        return this;
    }

    /// <summary>DNS answers come from <paramref name="dns"/>, which the test owns (shared by several hosts).</summary>
    public CutoverTestHostBuilder WithDns(KnotServer dns)
    {
        _dns = dns;
        return this;
    }

    /// <summary>A fresh migrated database of <paramref name="provider"/> (SQLite unless this is called).</summary>
    public CutoverTestHostBuilder WithDatabase(DatabaseProvider provider)
    {
        _provider = provider;
        return this;
    }

    /// <summary><paramref name="database"/>, which the test owns (shared by several hosts, or kept across a restart).</summary>
    public CutoverTestHostBuilder WithDatabase(TestDatabase database)
    {
        _database = database;
        return this;
    }

    /// <summary>
    /// The host's <see cref="TimeProvider"/>, which Quartz and the HTTP resilience pipelines use too. A fake clock is moved
    /// on while the host stops, since both wait on it then (see <see cref="FakeClockShutdown"/>).
    /// </summary>
    public CutoverTestHostBuilder WithClock(TimeProvider clock)
    {
        _clock = clock;
        return this;
    }

    /// <summary>The approvers (<c>CUTOVER_APPROVERS</c>), instead of Alice and Bob.</summary>
    public CutoverTestHostBuilder WithApprovers(params ChatUser[] approvers) => WithSetting("CUTOVER_APPROVERS", Users.Qualified(approvers));

    /// <summary>A setting of the host (a configuration key), over whatever else would set it.</summary>
    public CutoverTestHostBuilder WithSetting(string key, string value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Each of <paramref name="settings"/>, as <see cref="WithSetting"/>.</summary>
    public CutoverTestHostBuilder WithSettings(IReadOnlyDictionary<string, string> settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var (key, value) in settings)
            WithSetting(key, value);
        return this;
    }

    /// <summary>The host is served on a real loopback port (<see cref="CutoverTestHost.Address"/>), for fakes that call it over HTTP.</summary>
    public CutoverTestHostBuilder OnLoopback()
    {
        _onLoopback = true;
        return this;
    }

    /// <summary>Starts the fakes, creates the database and starts the host; on failure, stops what it started.</summary>
    public async Task<CutoverTestHost> StartAsync()
    {
        var host = new CutoverTestHost();
        try
        {
            var issuer = _teams == TeamsFakes.Issuer ? host.Own(await FakeBotFrameworkIssuer.StartAsync()) : null;
            var connector = _teams switch
            {
                TeamsFakes.Issuer => host.Own(await FakeBotConnector.StartAsync(issuer!)),
                TeamsFakes.Emulator => host.Own(await FakeBotConnector.StartAsync()),
                _ => null,
            };
            var dns = _dns ?? (_zones is null ? null : host.Own(await KnotServer.StartAsync(_zones)));
            var heroku = _heroku ?? (_startHeroku ? host.Own(await SimulatorHost.StartAsync("/sandbox/heroku")) : null);
            var slack = _slack ?? (_startSlack ? host.Own(await FakeSlack.StartAsync(clock: _clock)) : null);
            if (_startSlack)
                _prepareSlack?.Invoke(slack!);
            var database = _database ?? (_unconfigured ? null : await TestDatabase.CreateAsync(_provider));
            if (_database is null && database is not null)
                host.Own(database);
            host.Attach(heroku, slack, issuer, connector, dns, database);
            host.Start(Settings(database, heroku, slack, issuer, dns), _clock, _onLoopback);
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private Dictionary<string, string> Settings(TestDatabase? database, SimulatorHost? heroku, FakeSlack? slack, FakeBotFrameworkIssuer? issuer,
        KnotServer? dns)
    {
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        if (_unconfigured)
        {
            foreach (var credential in Credentials)
                settings[credential] = string.Empty;
        }
        else
        {
            settings["DATABASE_URL"] = database!.DatabaseUrl ?? string.Empty;
            settings["Database:SqlitePath"] = database.SqlitePath ?? "unused.db";
            settings["CUTOVER_APPROVERS"] = Users.Qualified(Users.Alice, Users.Bob);
        }

        settings["Scheduler:ClusterCheckinInterval"] = "00:00:02";
        if (heroku is not null)
        {
            settings["HEROKU_API_URL"] = heroku.BaseAddress.ToString();
            settings["HEROKU_DATA_API_URL"] = heroku.BaseAddress.ToString();
            settings["HEROKU_API_TOKEN"] = SimulatorHost.Token;
        }

        if (slack is not null)
        {
            settings["SLACK_BOT_TOKEN"] = slack.BotToken;
            settings["SLACK_SIGNING_SECRET"] = slack.SigningSecret;
            settings["SLACK_API_URL"] = slack.ApiBaseUrl.ToString();
            settings["Slack:PostInterval"] = "00:00:00";
        }

        if (issuer is not null)
        {
            settings["MicrosoftAppId"] = FakeBotFrameworkIssuer.AppId;
            settings["MicrosoftAppPassword"] = FakeBotFrameworkIssuer.AppPassword;
            settings["BOTFRAMEWORK_OPENID_METADATA_URL"] = issuer.OpenIdMetadataUrl.ToString();
            settings["Teams:EntraOpenIdMetadataUrl"] = issuer.EntraOpenIdMetadataUrl.ToString();
            settings["Teams:LoginUrl"] = issuer.BaseAddress.ToString();
        }

        if (_teams == TeamsFakes.Emulator)
        {
            settings["CUTOVER_TEAMS_EMULATOR"] = "true";
            settings["CUTOVER_SANDBOX"] = "false";
        }

        if (dns is not null)
        {
            settings["Dns:Resolvers:0"] = dns.Endpoint;
            settings["Dns:AuthoritativePort"] = dns.Port.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in _settings)
            settings[key] = value;
        return settings;
    }
}
