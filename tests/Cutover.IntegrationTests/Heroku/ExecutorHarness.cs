namespace Cutover.IntegrationTests.Heroku;

/// <summary>
/// Step executors with the production Refit clients against the simulator's seed world over loopback HTTP, and a
/// run (demo-app → demo-space) stored in a real SQLite run store whose facts the executors read and write.
/// </summary>
/// <param name="output">Where each execution's requests are written.</param>
/// <param name="tick">How far the fake clock moves per idle moment while an executor runs.</param>
public abstract class ExecutorHarness(ITestOutputHelper output, TimeSpan tick) : IAsyncLifetime
{
    protected const string Source = "demo-app";
    protected const string Target = "demo-app-ps";

    private readonly List<ServiceProvider> _providers = [];
    private TestDatabase _database = null!;

    protected SimulatorHost Simulator { get; private set; } = null!;

    protected RecordingHandler Traffic { get; private set; } = null!;

    /// <summary>Plain HTTP to the simulator, with Heroku's headers, for arranging and checking state.</summary>
    protected HttpClient Http { get; private set; } = null!;

    protected EfRunFacts Facts { get; private set; } = null!;

    protected Run Run { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        Simulator = await SimulatorHost.StartAsync("/sandbox/heroku");
        Traffic = new RecordingHandler(Simulator.BaseAddress);
        Http = Simulator.CreateClient();
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        Facts = new EfRunFacts(_database.Contexts);
        var planned = Runs.Planned(Source).On(Simulator.Clock.GetUtcNow()).Build();
        Run = (await new EfRunStore(_database.Contexts).CreateAsync(planned, CancellationToken.None)).Value!;
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        foreach (var provider in _providers)
            await provider.DisposeAdvancingAsync();
        await Simulator.DisposeAsync();
        Traffic.Dispose();
        _database.Delete();
    }

    /// <summary>
    /// Runs one executor from a fresh container and returns its result and the writes (non-GET requests) it sent.
    /// The fake clock moves on only while no request is in flight, so polling and the simulator advance together and a
    /// slow request never meets the client's attempt timeout on the fake clock.
    /// </summary>
    protected async Task<(StepResult Result, IReadOnlyList<string> Writes)> ExecuteAsync(string stepId, MigrationOptions? migration = null)
    {
        var executor = RunbookSteps.Create(Provider(migration ?? new MigrationOptions()), stepId);
        Traffic.Clear();
        var execution = executor.ExecuteAsync(Run, CancellationToken.None);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!execution.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{stepId} did not finish within 2 minutes; the fake clock reached {Simulator.Clock.GetUtcNow():u}");
            if (Traffic.InFlight == 0)
                Simulator.Clock.Advance(tick);
            await Task.WhenAny(execution, Task.Delay(10));
        }

        var requests = Traffic.Calls;
        output.WriteLine($"{stepId}: {requests.Count} requests: {string.Join("; ", requests)}");
        return (await execution, [.. requests.Where(r => !r.StartsWith("GET ", StringComparison.Ordinal))]);
    }

    protected Task<string?> FactAsync(string key) => Facts.GetAsync(Run.Id, key, CancellationToken.None);

    protected async Task<JsonNode> GetAsync(string path)
    {
        var (status, body, _) = await Http.GetJsonAsync(path);
        Assert.True((int)status < 300, $"GET {path} answered {status}");
        return body!;
    }

    private ServiceProvider Provider(MigrationOptions migration)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(Simulator.Clock);
        services.AddSingleton(new PlannerOptions());
        services.AddSingleton<IRunFacts>(Facts);
        services.AddSingleton<IHttpMessageHandlerBuilderFilter>(Traffic);
        services.AddHerokuClients(
            new HerokuClientOptions { PlatformBaseUrl = Simulator.BaseAddress, DataBaseUrl = Simulator.BaseAddress, ApiToken = SimulatorHost.Token });
        services.AddCutoverSteps(migration);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }
}
