namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// The real host on loopback, on a fresh SQLite database, with the Heroku simulator and the chat fakes a scenario asks
/// for: Slack (the fake workspace) and/or Teams (the fake Bot Framework issuer and Bot Connector). Disposed in reverse.
/// </summary>
internal sealed class ScenarioHost : IAsyncDisposable
{
    private TestDatabase _database = null!;
    private FakeSlack? _slack;
    private FakeBotFrameworkIssuer? _issuer;
    private FakeBotConnector? _connector;

    private ScenarioHost()
    {
    }

    public SimulatorHost Heroku { get; private set; } = null!;

    public FakeSlack Slack => _slack ?? throw new InvalidOperationException("This scenario has no Slack.");

    public FakeBotFrameworkIssuer Issuer => _issuer ?? throw new InvalidOperationException("This scenario has no Teams.");

    public FakeBotConnector Connector => _connector ?? throw new InvalidOperationException("This scenario has no Teams.");

    public CutoverApp App { get; private set; } = null!;

    /// <summary>The host's loopback address, where the fakes send their requests.</summary>
    public Uri Bot { get; private set; } = null!;

    /// <param name="slack">Whether the host has Slack, against the fake workspace.</param>
    /// <param name="teams">Whether the host has Teams, against the fake issuer and Bot Connector.</param>
    /// <param name="configure">Prepares the fakes (channels, users) and adds the scenario's own settings.</param>
    public static async Task<ScenarioHost> StartAsync(bool slack, bool teams, Action<ScenarioHost, Dictionary<string, string>> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var host = new ScenarioHost();
        if (teams)
        {
            host._issuer = await FakeBotFrameworkIssuer.StartAsync();
            host._connector = await FakeBotConnector.StartAsync(host._issuer);
        }

        host.Heroku = await SimulatorHost.StartAsync("/sandbox/heroku");
        if (slack)
            host._slack = await FakeSlack.StartAsync();
        host._database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var settings = ScenarioSettings.For(host.Heroku, host._slack);
        if (host._issuer is not null)
            settings.WithTeams(host._issuer);
        configure(host, settings);
        host.App = new CutoverApp(host._database, settings: settings);
        host.Bot = host.App.StartOnLoopback();
        return host;
    }

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        if (_slack is not null)
            await _slack.DisposeAsync();
        await Heroku.DisposeAsync();
        if (_connector is not null)
            await _connector.DisposeAsync();
        if (_issuer is not null)
            await _issuer.DisposeAsync();
        _database.Delete();
    }
}
