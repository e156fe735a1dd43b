using BenchmarkDotNet.Engines;
using Cutover.Core.Planning;
using Cutover.Core.Ports;
using Cutover.Infrastructure;
using Cutover.Infrastructure.Dns;
using Cutover.Infrastructure.Heroku;
using Cutover.Sandbox.Runtime;
using Cutover.Steps;
using Cutover.Testing;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Time.Testing;

namespace Cutover.Benchmarks;

/// <summary>
/// The bot's own time inside the cutover window: steps 8–12 (maintenance on, data cutover, domains, DNS switch, go
/// live) of the demo migration, executed by the production executors and Refit clients against the simulator on
/// loopback with no response delay (the DNS switch through the simulated Cloudflare API, checked on the simulated zones'
/// name server, as in the sandbox). Heroku's own waits (lag draining, dynos booting) pass on a fake clock that moves
/// only while no request is in flight, so the wall time measured is Cutover's work plus loopback HTTP — an upper
/// bound of its overhead. Each iteration starts from a fresh simulator with steps 1–7 staged.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
[MemoryDiagnoser]
public class CutoverWindowBenchmarks
{
    private static readonly string[] Staging = ["maintenance-page", "create-app", "copy-config", "deploy", "addons", "scale"];
    private static readonly string[] Window = ["maintenance-on", "data-cutover", "domains", "dns-switch", "go-live"];

    private SimulatorServer _simulator = null!;
    private FakeTimeProvider _clock = null!;
    private ServiceProvider _services = null!;
    private RecordingHandler Traffic { get; set; } = null!;
    private string _databasePath = null!;
    private Run _run = null!;

    /// <summary>Heroku and Cloudflare API calls the window's steps made in the last iteration.</summary>
    public static int WindowCalls { get; private set; }

    [IterationSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationCleanup]
    public void Cleanup()
    {
        _services.DisposeAdvancingAsync().GetAwaiter().GetResult();
        _simulator.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Traffic.Dispose();
        File.Delete(_databasePath);
    }

    [Benchmark(Description = "steps 8–12, zero-latency simulator")]
    public async Task CutoverWindow()
    {
        Traffic.Clear();
        foreach (var step in Window)
            await ExecuteAsync(step);
        WindowCalls = Traffic.Requests.Count;
    }

    private async Task SetupAsync()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));
        _simulator = await SimulatorServer.StartAsync(_clock, CancellationToken.None);

        _databasePath = Path.Combine(Path.GetTempPath(), $"cutover-window-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(_clock);
        services.AddSingleton(new PlannerOptions());
        services.AddCutoverStore(DatabaseSettings.Sqlite(_databasePath));
        // Counts the Heroku and Cloudflare requests in flight (the fake clock waits for them) and in total.
        Traffic = new RecordingHandler();
        services.AddSingleton<IHttpMessageHandlerBuilderFilter>(Traffic);
        services.AddHerokuClients(
            new HerokuOptions { PlatformBaseUrl = _simulator.BaseAddress, DataBaseUrl = _simulator.BaseAddress, ApiToken = "HRKU-sandbox-0000-demo-token" });
        services.AddCutoverSteps();
        // DNS as the sandbox has it: records repointed through the simulated Cloudflare API, checked on the simulated
        // zones' name server.
        var dns = new DnsOptions
        {
            CloudflareApiToken = _simulator.CloudflareToken,
            CloudflareApiUrl = _simulator.CloudflareApiUrl,
            AuthoritativePort = _simulator.NameServer.Port,
        };
        dns.Resolvers.Add(_simulator.NameServer.ToString());
        services.AddCutoverDns(dns);
        _services = services.BuildServiceProvider();
        await _services.GetRequiredService<DatabaseMigrator>().MigrateAsync(CancellationToken.None);
        var planned = Runs.Planned().On(_clock.GetUtcNow()).Build();
        _run = (await _services.GetRequiredService<IRunStore>().CreateAsync(planned, CancellationToken.None)).Value!;
        foreach (var step in Staging)
            await ExecuteAsync(step);
    }

    private async Task ExecuteAsync(string stepId)
    {
        var executor = RunbookSteps.Create(_services, stepId);
        var execution = executor.ExecuteAsync(_run, CancellationToken.None);
        while (!execution.IsCompleted)
        {
            if (Traffic.InFlight == 0)
                _clock.Advance(TimeSpan.FromSeconds(5));
            await Task.WhenAny(execution, Task.Delay(1));
        }

        var result = await execution;
        if (!result.Succeeded)
            throw new InvalidOperationException($"{stepId} failed: {result.Message}");
    }
}
