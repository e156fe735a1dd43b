using System.Collections.Immutable;

namespace Cutover.IntegrationTests.Infrastructure;

/// <summary>
/// What a test's host is given: fakes to talk to (each started for it, or one the test shares between hosts), its
/// database, its clock and any other settings; <see cref="StartAsync"/> starts it all. Settings given with
/// <see cref="WithSetting"/> win over those the fakes bring.
/// </summary>
public sealed record CutoverTestHostBuilder
{
    /// <summary>The credentials and switches an unconfigured host blanks, whatever the machine's environment holds.</summary>
    private static readonly string[] Credentials =
    [
        "DATABASE_URL", "SLACK_BOT_TOKEN", "SLACK_SIGNING_SECRET", "MicrosoftAppId", "MicrosoftAppPassword", "HEROKU_API_TOKEN",
        "HEROKU_API_URL", "HEROKU_DATA_API_URL", "CUTOVER_APPROVERS", "CUTOVER_SANDBOX",
    ];

    internal CutoverTestHostBuilder(bool unconfigured) => Unconfigured = unconfigured;

    private enum TeamsFakes
    {
        None,

        /// <summary>The fake Bot Framework issuer signs activities and the fake Bot Connector takes its tokens.</summary>
        Issuer,

        /// <summary>The Bot Framework Emulator mode: a Bot Connector that asks for no token and no app id.</summary>
        Emulator,
    }

    private bool Unconfigured { get; }

    private ImmutableDictionary<string, string> Extra { get; init; } = ImmutableDictionary.Create<string, string>(StringComparer.Ordinal);

    private bool StartHeroku { get; init; }

    private SimulatorHost? SharedHeroku { get; init; }

    private bool StartSlack { get; init; }

    private Action<FakeSlack>? PrepareSlack { get; init; }

    private FakeSlack? SharedSlack { get; init; }

    private TeamsFakes Teams { get; init; }

    private TestZone[]? Zones { get; init; }

    private KnotServer? SharedDns { get; init; }

    private DatabaseProvider Provider { get; init; } = DatabaseProvider.Sqlite;

    private TestDatabase? SharedDatabase { get; init; }

    private TimeProvider? Clock { get; init; }

    private bool Loopback { get; init; }

    /// <summary>Heroku is a simulator started for this host, mounted under <c>/sandbox/heroku</c> as the sandbox mounts it.</summary>
    public CutoverTestHostBuilder WithHeroku() => this with { StartHeroku = true };

    /// <summary>Heroku is <paramref name="heroku"/>, which the test owns (shared by several hosts).</summary>
    public CutoverTestHostBuilder WithHeroku(SimulatorHost heroku) => this with { SharedHeroku = heroku };

    /// <summary>
    /// Slack is a fake workspace started for this host (on the host's clock when it has one), which
    /// <paramref name="prepare"/> fills with channels and people before the host starts.
    /// </summary>
    public CutoverTestHostBuilder WithSlack(Action<FakeSlack>? prepare = null) => this with { StartSlack = true, PrepareSlack = prepare };

    /// <summary>Slack is <paramref name="slack"/>, which the test owns (shared by several hosts).</summary>
    public CutoverTestHostBuilder WithSlack(FakeSlack slack) => this with { SharedSlack = slack };

    /// <summary>Teams is a fake Bot Framework issuer (tokens, keys, login) and a fake Bot Connector taking its tokens.</summary>
    public CutoverTestHostBuilder WithTeams() => this with { Teams = TeamsFakes.Issuer };

    /// <summary>
    /// Teams in the explicit Bot Framework Emulator mode (<c>CUTOVER_TEAMS_EMULATOR=true</c>, the sandbox off): no app
    /// id, and a fake Bot Connector that asks for no token.
    /// </summary>
    public CutoverTestHostBuilder WithTeamsEmulator() => this with { Teams = TeamsFakes.Emulator };

    /// <summary>DNS answers come from a Knot server started for this host, serving <paramref name="zones"/>.</summary>
    public CutoverTestHostBuilder WithDns(params TestZone[] zones) => this with { Zones = zones };

    /// <summary>DNS answers come from <paramref name="dns"/>, which the test owns (shared by several hosts).</summary>
    public CutoverTestHostBuilder WithDns(KnotServer dns) => this with { SharedDns = dns };

    /// <summary>A fresh migrated database of <paramref name="provider"/> (SQLite unless this is called).</summary>
    public CutoverTestHostBuilder WithDatabase(DatabaseProvider provider) => this with { Provider = provider };

    /// <summary><paramref name="database"/>, which the test owns (shared by several hosts, or kept across a restart).</summary>
    public CutoverTestHostBuilder WithDatabase(TestDatabase database) => this with { SharedDatabase = database };

    /// <summary>
    /// The host's <see cref="TimeProvider"/>, which Quartz and the HTTP resilience pipelines use too. A fake clock is moved
    /// on while the host stops, since both wait on it then (see <see cref="FakeClockShutdown"/>).
    /// </summary>
    public CutoverTestHostBuilder WithClock(TimeProvider clock) => this with { Clock = clock };

    /// <summary>The approvers (<c>CUTOVER_APPROVERS</c>), instead of Alice and Bob.</summary>
    public CutoverTestHostBuilder WithApprovers(params ChatUser[] approvers) => WithSetting("CUTOVER_APPROVERS", Users.Qualified(approvers));

    /// <summary>A setting of the host (a configuration key), over whatever else would set it.</summary>
    public CutoverTestHostBuilder WithSetting(string key, string value) => this with { Extra = Extra.SetItem(key, value) };

    /// <summary>Each of <paramref name="settings"/>, as <see cref="WithSetting"/>.</summary>
    public CutoverTestHostBuilder WithSettings(IReadOnlyDictionary<string, string> settings) => this with { Extra = Extra.SetItems(settings) };

    /// <summary>The host is served on a real loopback port (<see cref="CutoverTestHost.Address"/>), for fakes that call it over HTTP.</summary>
    public CutoverTestHostBuilder OnLoopback() => this with { Loopback = true };

    /// <summary>Starts the fakes, creates the database and starts the host; on failure, stops what it started.</summary>
    public async Task<CutoverTestHost> StartAsync()
    {
        var host = new CutoverTestHost();
        try
        {
            var issuer = Teams == TeamsFakes.Issuer ? host.Own(await FakeBotFrameworkIssuer.StartAsync()) : null;
            var connector = Teams switch
            {
                TeamsFakes.Issuer => host.Own(await FakeBotConnector.StartAsync(issuer!)),
                TeamsFakes.Emulator => host.Own(await FakeBotConnector.StartAsync()),
                _ => null,
            };
            var dns = SharedDns ?? (Zones is null ? null : host.Own(await KnotServer.StartAsync(Zones)));
            var heroku = SharedHeroku ?? (StartHeroku ? host.Own(await SimulatorHost.StartAsync("/sandbox/heroku")) : null);
            var slack = SharedSlack ?? (StartSlack ? host.Own(await FakeSlack.StartAsync(clock: Clock)) : null);
            if (StartSlack)
                PrepareSlack?.Invoke(slack!);
            var database = SharedDatabase ?? (Unconfigured ? null : await TestDatabase.CreateAsync(Provider));
            if (SharedDatabase is null && database is not null)
                host.Own(database);
            host.Attach(heroku, slack, issuer, connector, dns, database);
            host.Start(Settings(database, heroku, slack, issuer, dns), Clock, Loopback);
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
        if (Unconfigured)
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

        if (Teams == TeamsFakes.Emulator)
        {
            settings["CUTOVER_TEAMS_EMULATOR"] = "true";
            settings["CUTOVER_SANDBOX"] = "false";
        }

        if (dns is not null)
        {
            settings["Dns:Resolvers:0"] = dns.Endpoint;
            settings["Dns:AuthoritativePort"] = dns.Port.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in Extra)
            settings[key] = value;
        return settings;
    }
}
