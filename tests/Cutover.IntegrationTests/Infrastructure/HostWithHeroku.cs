namespace Cutover.IntegrationTests.Infrastructure;

/// <summary>
/// The real host on a fresh SQLite database, pointed at an in-process Heroku simulator over loopback HTTP
/// (mounted under a prefix as the host would mount it). One per test class instance.
/// </summary>
public abstract class HostWithHeroku : IAsyncLifetime, IAsyncDisposable
{
    private TestDatabase _database = null!;

    protected SimulatorHost Heroku { get; private set; } = null!;

    protected CutoverApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Heroku = await SimulatorHost.StartAsync("/sandbox/heroku");
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        App = new CutoverApp(_database, settings: new Dictionary<string, string>
        {
            ["HEROKU_API_URL"] = Heroku.BaseAddress.ToString(),
            ["HEROKU_DATA_API_URL"] = Heroku.BaseAddress.ToString(),
            ["HEROKU_API_TOKEN"] = SimulatorHost.Token,
        });
    }

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Heroku.DisposeAsync();
        _database.Delete();
        GC.SuppressFinalize(this);
    }
}
