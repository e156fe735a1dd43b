using Cutover.Core.Monitoring;
using Cutover.Infrastructure.Monitoring;

namespace Cutover.IntegrationTests.Monitoring;

/// <summary>
/// <see cref="HerokuLogSource"/> and the summariser against the Heroku simulator over loopback HTTP: log
/// sessions, the <c>logplex_url</c> stream, deterministic traffic and injected error codes.
/// </summary>
public sealed class LogSourceAgainstSimulatorTests : IAsyncLifetime
{
    private static readonly LogWindow Window = new() { RecentLines = 600 };

    private SimulatorHost _simulator = null!;
    private ServiceProvider _client = null!;

    private ILogSource Logs => _client.GetRequiredService<ILogSource>();

    private ITrafficSampler Sampler => _client.GetRequiredService<ITrafficSampler>();

    public async Task InitializeAsync()
    {
        _simulator = await SimulatorHost.StartAsync("/sandbox/heroku");
        _client = new ServiceCollection()
            .AddLogging()
            .AddHerokuClients(new HerokuOptions { PlatformBaseUrl = _simulator.BaseAddress, DataBaseUrl = _simulator.BaseAddress, ApiToken = SimulatorHost.Token })
            .AddCutoverMonitoring(new MonitoringOptions())
            .BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAsync();
        await _simulator.DisposeAsync();
    }

    [Fact]
    public async Task Read_DemoApp_RouterAndPlatformLinesOnly()
    {
        var lines = await Logs.ReadAsync("demo-app", Window, CancellationToken.None).ToListAsync();

        Assert.Equal(600, lines.Count);
        Assert.All(lines, l => Assert.Contains(" heroku[", l, StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" heroku[router]: ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("sample#memory_total=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Read_MaxLinesBelowTheHistory_StopsThere()
    {
        var lines = await Logs.ReadAsync("demo-app", Window with { MaxLines = 42 }, CancellationToken.None).ToListAsync();

        Assert.Equal(42, lines.Count);
    }

    [Fact]
    public async Task Sample_SameAppAtTheSameTime_SameSummary()
    {
        var first = await Sampler.SampleAsync("demo-app", Window, CancellationToken.None);
        var second = await Sampler.SampleAsync("demo-app", Window, CancellationToken.None);
        _simulator.Clock.Advance(TimeSpan.FromMinutes(15));
        var later = await Sampler.SampleAsync("demo-app", Window, CancellationToken.None);

        Assert.Equal(TrafficSummaryText.Render(first), TrafficSummaryText.Render(second));
        Assert.NotEqual(TrafficSummaryText.Render(first), TrafficSummaryText.Render(later));
        Assert.True(first.Requests > 300, $"{first.Requests} requests");
        Assert.Contains(first.DynoTypes, t => t.Type == "web" && t.MemorySamples > 0 && t.MemoryQuotaMb == 1024);
    }

    [Fact]
    public async Task Sample_InjectedRouterAndDynoErrors_CountedOnTopOfTheTraffic()
    {
        var before = await Sampler.SampleAsync("demo-app", Window, CancellationToken.None);
        _simulator.Simulator.InjectRouterErrors("demo-app", "H12", 5);
        _simulator.Simulator.InjectRouterErrors("demo-app", "H14", 2);
        _simulator.Simulator.InjectDynoErrors("demo-app", "web.1", "R14", 3);
        _simulator.Simulator.InjectDynoState("demo-app", "web.2", "up", "crashed");

        var after = await Sampler.SampleAsync("demo-app", Window, CancellationToken.None);
        var next = await Sampler.SampleAsync("demo-app", Window, CancellationToken.None);

        Assert.Equal(before.CountOf("H12") + 5, after.CountOf("H12"));
        Assert.Equal(before.CountOf("H14") + 2, after.CountOf("H14"));
        Assert.Equal(before.CountOf("R14") + 3, after.CountOf("R14"));
        Assert.Equal(before.Requests + 7, after.Requests);
        Assert.Equal(before.Statuses.ServerError + 7, after.Statuses.ServerError);
        Assert.Equal(new DynoStateSummary("web.2", "crashed", 1, 1, _simulator.Clock.GetUtcNow()), Assert.Single(after.Dynos));
        Assert.Equal(TrafficSummaryText.Render(before), TrafficSummaryText.Render(next));
        var alerts = HealthComparison.Compare(after, before).Alerts.Select(a => a.Code).OfType<string>().ToHashSet();
        Assert.Superset(new HashSet<string> { "H14", "R14" }, alerts);
        Assert.DoesNotContain("H12", alerts);
    }

    [Fact]
    public async Task Sample_DynoBootsInTheWindow_StateChangeIsReported()
    {
        using var heroku = _simulator.CreateClient();
        var scaled = await heroku.PatchJsonAsync("apps/demo-app/formation/web", new { quantity = 3 });
        Assert.Equal(HttpStatusCode.OK, scaled.Status);
        _simulator.Clock.Advance(TimeSpan.FromMinutes(2));

        var summary = await Sampler.SampleAsync("demo-app", Window, CancellationToken.None);

        var web3 = Assert.Single(summary.Dynos);
        Assert.Equal(("web.3", "up", 1, 0), (web3.Dyno, web3.State, web3.Changes, web3.Crashes));
    }

    [Fact]
    public async Task Read_InjectedLinesOutsideTheSessionsFilter_WaitForAStreamThatWantsThem()
    {
        _simulator.Simulator.InjectLogLine("demo-app", "app[web.1]: boom");

        var heroku = await Logs.ReadAsync("demo-app", Window, CancellationToken.None).ToListAsync();
        var all = await Logs.ReadAsync("demo-app", Window with { Source = null }, CancellationToken.None).ToListAsync();

        Assert.DoesNotContain(heroku, l => l.EndsWith("app[web.1]: boom", StringComparison.Ordinal));
        Assert.Single(all, l => l.EndsWith("app[web.1]: boom", StringComparison.Ordinal));
        Assert.Equal(0, _simulator.Simulator.PendingLogLines("demo-app"));
    }

    [Fact]
    public async Task Read_UnknownApp_FailsWithHerokusNotFound()
    {
        var error = await Assert.ThrowsAsync<HerokuApiException>(() => Logs.ReadAsync("no-such-app", Window, CancellationToken.None).ToListAsync().AsTask());

        Assert.Equal(HttpStatusCode.NotFound, error.StatusCode);
    }
}
