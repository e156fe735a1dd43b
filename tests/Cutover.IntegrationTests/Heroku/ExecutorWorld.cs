namespace Cutover.IntegrationTests.Heroku;

/// <summary>
/// One simulator (the seed world) with its own SQLite run store and a stored run of demo-app; step executors come from
/// fresh containers with the production Refit clients, whose requests go through a recording handler. When a run is
/// started with <c>crash</c>, its token is cancelled once its first write has been answered: the change is made, the
/// step is not done.
/// </summary>
public sealed class ExecutorWorld : IAsyncDisposable
{
    public const string Source = "demo-app";
    public const string Target = "demo-app-ps";

    private readonly List<ServiceProvider> _providers = [];
    private readonly ITestOutputHelper _output;
    private readonly TimeSpan _tick;
    private TestDatabase _database = null!;
    private CancellationTokenSource? _armed;

    private ExecutorWorld(ITestOutputHelper output, TimeSpan tick)
    {
        _output = output;
        _tick = tick;
    }

    public SimulatorHost Simulator { get; private set; } = null!;

    public RecordingHandler Traffic { get; private set; } = null!;

    /// <summary>Plain HTTP to the simulator, with Heroku's headers, for arranging and checking state.</summary>
    public HttpClient Http { get; private set; } = null!;

    public EfRunFacts Facts { get; private set; } = null!;

    public Run Run { get; private set; } = null!;

    /// <param name="output">Where each execution's requests are written.</param>
    /// <param name="tick">How far the fake clock moves per idle moment while an executor runs.</param>
    public static async Task<ExecutorWorld> StartAsync(ITestOutputHelper output, TimeSpan tick)
    {
        var world = new ExecutorWorld(output, tick) { Simulator = await SimulatorHost.StartAsync("/sandbox/heroku") };
        world.Traffic = new RecordingHandler(world.Simulator.BaseAddress)
        {
            Answered = (request, _) => request.Method != HttpMethod.Get
                ? Interlocked.Exchange(ref world._armed, null)?.CancelAsync() ?? Task.CompletedTask
                : Task.CompletedTask,
        };
        world.Http = world.Simulator.CreateClient();
        world._database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        world.Facts = new EfRunFacts(world._database.Contexts);
        var planned = Runs.Planned(Source).On(world.Simulator.Clock.GetUtcNow()).Build();
        world.Run = (await new EfRunStore(world._database.Contexts).CreateAsync(planned, CancellationToken.None)).Value!;
        return world;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        foreach (var provider in _providers)
            await provider.DisposeAdvancingAsync();
        await Simulator.DisposeAsync();
        Traffic.Dispose();
        _database.Delete();
    }

    /// <summary>
    /// Runs one executor from a fresh container and returns its result (null when <paramref name="crash"/> stopped it;
    /// it may also finish first) and the writes (non-GET requests) it sent. The fake clock moves on only while no request
    /// is in flight, so polling and the simulator advance together and a slow request never meets the client's attempt
    /// timeout on the fake clock.
    /// </summary>
    public async Task<(StepResult? Result, IReadOnlyList<string> Writes)> ExecuteAsync(string stepId, MigrationOptions? migration = null, bool crash = false)
    {
        var executor = RunbookSteps.Create(Provider(migration ?? new MigrationOptions()), stepId);
        using var stop = new CancellationTokenSource();
        Traffic.Clear();
        Volatile.Write(ref _armed, crash ? stop : null);
        var execution = executor.ExecuteAsync(Run, stop.Token);
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(2);
        while (!execution.IsCompleted)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{stepId} did not finish within 2 minutes; the fake clock reached {Simulator.Clock.GetUtcNow():u}");
            if (Traffic.InFlight == 0)
                Simulator.Clock.Advance(_tick);
            await Task.WhenAny(execution, Task.Delay(10));
        }

        Volatile.Write(ref _armed, null);
        var requests = Traffic.Calls;
        _output.WriteLine($"{stepId}{(crash ? " (stopped)" : string.Empty)}: {requests.Count} requests: {string.Join("; ", requests)}");
        StepResult? result = null;
        try
        {
            result = await execution;
        }
        catch (OperationCanceledException) when (crash && stop.IsCancellationRequested)
        {
        }

        return (result, [.. requests.Where(r => !r.StartsWith("GET ", StringComparison.Ordinal))]);
    }

    public Task<string?> FactAsync(string key) => Facts.GetAsync(Run.Id, key, CancellationToken.None);

    public async Task<JsonNode> GetAsync(string path, string? range = null)
    {
        var (status, body, _) = await Http.GetJsonAsync(path, range);
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
            new HerokuOptions { PlatformBaseUrl = Simulator.BaseAddress, DataBaseUrl = Simulator.BaseAddress, ApiToken = SimulatorHost.Token });
        services.AddCutoverSteps(migration);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }
}
