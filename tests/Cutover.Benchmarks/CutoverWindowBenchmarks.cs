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
/// loopback (the DNS switch through the simulated Cloudflare API, checked on the simulated zones' name server, as in
/// the sandbox), with no response delay and with <see cref="LatencyMs"/> on every Heroku call (the simulator's fault
/// injection). Heroku's own waits (lag draining, certificates, dynos booting) pass on a fake clock that, while no request
/// is in flight, moves straight to the end of the step's next pause (<see cref="NextTimerClock"/>), so the wall time
/// measured is Cutover's work plus the network — and the simulated time is Heroku's waits plus how late Cutover's
/// polling saw them end. Each iteration starts from a
/// fresh simulator with steps 1–7 staged; each prints its calls, sequential round trips and simulated time.
/// </summary>
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5, invocationCount: 1)]
[MemoryDiagnoser]
public class CutoverWindowBenchmarks
{
    private static readonly string[] Staging = ["maintenance-page", "create-app", "copy-config", "deploy", "addons", "scale"];
    private static readonly string[] Window = ["maintenance-on", "data-cutover", "domains", "dns-switch", "go-live"];

    private SimulatorServer _simulator = null!;
    private FakeTimeProvider _clock = null!;
    private NextTimerClock _time = null!;
    private ServiceProvider _services = null!;
    private RecordingHandler Traffic { get; set; } = null!;
    private string _databasePath = null!;
    private Run _run = null!;

    /// <summary>Heroku and Cloudflare API calls the window's steps made in the last iteration.</summary>
    public static int WindowCalls { get; private set; }

    /// <summary>Of those, the calls made while no other was in flight (the round trips one after the other).</summary>
    public static int SequentialRoundTrips { get; private set; }

    /// <summary>How far the fake clock moved in the window: Heroku's own waits plus how late polling noticed their end.</summary>
    public static TimeSpan SimulatedTime { get; private set; }

    /// <summary>Each step's calls, sequential round trips and simulated time in the last iteration: <c>domains 9/4/0s, …</c>.</summary>
    public static string Steps { get; private set; } = string.Empty;

    /// <summary>The response delay of every Heroku call, in milliseconds.</summary>
    [Params(0, 100)]
    public int LatencyMs { get; set; }

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

    [Benchmark(Description = "steps 8–12")]
    public async Task CutoverWindow()
    {
        Traffic.Clear();
        var started = _clock.GetUtcNow();
        var steps = new List<string>();
        foreach (var step in Window)
        {
            var (calls, trips, at) = (Traffic.Requests.Count, Traffic.SequentialRoundTrips, _clock.GetUtcNow());
            await ExecuteAsync(step);
            steps.Add(FormattableString.Invariant(
                $"{step} {Traffic.Requests.Count - calls}/{Traffic.SequentialRoundTrips - trips}/{(_clock.GetUtcNow() - at).TotalSeconds:0}s"));
        }

        Steps = string.Join(", ", steps);
        (WindowCalls, SequentialRoundTrips, SimulatedTime) = (Traffic.Requests.Count, Traffic.SequentialRoundTrips, _clock.GetUtcNow() - started);
        Console.WriteLine(FormattableString.Invariant(
            $"// window at {LatencyMs} ms: {WindowCalls} calls, {SequentialRoundTrips} sequential round trips, {SimulatedTime.TotalSeconds:0} s simulated ({Steps})"));
    }

    private async Task SetupAsync()
    {
        _clock = new FakeTimeProvider(new DateTimeOffset(2025, 6, 2, 9, 0, 0, TimeSpan.Zero));
        _simulator = await SimulatorServer.StartAsync(_clock, CancellationToken.None);

        _databasePath = Path.Combine(Path.GetTempPath(), $"cutover-window-{Guid.NewGuid():N}.db");
        var services = new ServiceCollection().AddLogging();
        _time = new NextTimerClock(_clock);
        services.AddSingleton<TimeProvider>(_time);
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
        _simulator.Simulator.SetResponseDelay(TimeSpan.FromMilliseconds(LatencyMs));
    }

    private async Task ExecuteAsync(string stepId)
    {
        var executor = RunbookSteps.Create(_services, stepId);
        var execution = executor.ExecuteAsync(_run, CancellationToken.None);
        while (!execution.IsCompleted)
        {
            // Nothing in flight and a pause pending: the step waits on the clock, which moves straight to the pause's end.
            if (Traffic.InFlight == 0 && _time.NextDue is { } due && due > _clock.GetUtcNow())
                _clock.SetUtcNow(due);
            await Task.WhenAny(execution, Task.Delay(1));
        }

        var result = await execution;
        if (!result.Succeeded)
            throw new InvalidOperationException($"{stepId} failed: {result.Message}");
    }
}
