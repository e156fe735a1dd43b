namespace Cutover.IntegrationTests.Infrastructure;

/// <summary>
/// The real host (Program) as a test stood it up, with the fakes, the database and the clock it was given: built by
/// <see cref="Create"/> or <see cref="Unconfigured"/>. Disposing it stops the host, then whatever the builder started
/// for it (in reverse order) and deletes the database it created; what a test passed in stays the test's.
/// </summary>
public sealed class CutoverTestHost : IAsyncDisposable
{
    private readonly List<Func<ValueTask>> _owned = [];
    private ProgramFactory? _app;
    private Uri? _address;
    private SimulatorHost? _heroku;
    private FakeSlack? _slack;
    private FakeBotFrameworkIssuer? _issuer;
    private FakeBotConnector? _connector;
    private KnotServer? _dns;
    private TestDatabase? _database;
    private bool _disposed;

    internal CutoverTestHost()
    {
    }

    /// <summary>The host's container.</summary>
    public IServiceProvider Services => App.Services;

    /// <summary>Where the host listens on loopback, with a trailing slash: where the fakes send their requests.</summary>
    public Uri Address => _address ?? throw new InvalidOperationException("This host was not started on loopback (OnLoopback).");

    public SimulatorHost Heroku => _heroku ?? throw Missing("Heroku simulator (WithHeroku)");

    public FakeSlack Slack => _slack ?? throw Missing("Slack (WithSlack)");

    public FakeBotFrameworkIssuer Issuer => _issuer ?? throw Missing("Bot Framework issuer (WithTeams)");

    public FakeBotConnector Connector => _connector ?? throw Missing("Bot Connector (WithTeams or WithTeamsEmulator)");

    public KnotServer Dns => _dns ?? throw Missing("DNS server (WithDns)");

    public TestDatabase Database => _database ?? throw Missing("database (an unconfigured host has none)");

    private ProgramFactory App => _app ?? throw new InvalidOperationException("The host has not been started.");

    /// <summary>A host with a fresh SQLite database, the approvers Alice and Bob, and what the builder adds.</summary>
    public static CutoverTestHostBuilder Create() => new(unconfigured: false);

    /// <summary>
    /// A host with nothing configured — so in sandbox mode unless a setting says otherwise — and no test database: the
    /// credentials the machine's environment might carry are blanked, so the mode is decided by the builder alone.
    /// </summary>
    public static CutoverTestHostBuilder Unconfigured() => new(unconfigured: true);

    /// <summary>An HTTP client of the host (in memory, or to its loopback port when it has one).</summary>
    public HttpClient CreateClient() => _address is null ? App.CreateClient() : new HttpClient { BaseAddress = _address };

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
            return;
        _disposed = true;
        if (_app is not null)
            await _app.DisposeAsync();
        for (var i = _owned.Count - 1; i >= 0; i--)
            await _owned[i]();
    }

    internal T Own<T>(T part)
        where T : IAsyncDisposable
    {
        _owned.Add(part.DisposeAsync);
        return part;
    }

    internal void Own(TestDatabase database) => _owned.Add(() =>
    {
        database.Delete();
        return ValueTask.CompletedTask;
    });

    internal void Attach(SimulatorHost? heroku, FakeSlack? slack, FakeBotFrameworkIssuer? issuer, FakeBotConnector? connector, KnotServer? dns,
        TestDatabase? database)
    {
        (_heroku, _slack, _issuer, _connector, _dns, _database) = (heroku, slack, issuer, connector, dns, database);
    }

    /// <summary>Starts the host: in memory, or served on a loopback port when <paramref name="onLoopback"/>.</summary>
    internal void Start(IReadOnlyDictionary<string, string> settings, TimeProvider? clock, bool onLoopback)
    {
        var app = _app = new ProgramFactory(settings, clock);
        if (onLoopback)
            _address = HostBuilds.OneAtATime(app.StartOnLoopback);
        else
            _ = HostBuilds.OneAtATime(() => app.Services);
    }

    private static InvalidOperationException Missing(string what) => new($"This host has no {what}.");
}
