using Cutover.Core.Monitoring;
using Cutover.Infrastructure.Monitoring;

namespace Cutover.IntegrationTests.Monitoring;

/// <summary><see cref="HerokuLogSource"/>'s bounds and failure handling against a scripted log stream on loopback.</summary>
public sealed class LogStreamBoundsTests
{
    [Fact]
    public async Task Read_TailThatNeverEnds_StopsQuietlyAtMaxDuration()
    {
        await using var logplex = await ScriptedLogplex.StartAsync();
        await using var services = Services(logplex);
        var watch = Stopwatch.StartNew();

        var lines = await services.GetRequiredService<ILogSource>()
            .ReadAsync("demo-app", new LogWindow { Tail = true, MaxDuration = TimeSpan.FromSeconds(2) }, CancellationToken.None)
            .ToListAsync();

        // Not before the bound, and at all (the stream never ends by itself); long enough for a busy machine to read lines.
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(1.9), TimeSpan.FromMinutes(1));
        Assert.NotEmpty(lines);
        Assert.All(lines, l => Assert.StartsWith("2026-03-05T18:00:", l, StringComparison.Ordinal));
        Assert.Equal("{\"lines\":1500,\"tail\":true,\"source\":\"heroku\"}", Assert.Single(logplex.SessionBodies));
        Assert.Equal("text/event-stream", Assert.Single(logplex.StreamAccepts));
    }

    [Fact]
    public async Task Read_EventStream_OnlyDataLinesUpToMaxLines()
    {
        await using var logplex = await ScriptedLogplex.StartAsync(endAfter: 500);
        await using var services = Services(logplex);

        var summary = await services.GetRequiredService<ITrafficSampler>()
            .SampleAsync("demo-app", new LogWindow { MaxLines = 120 }, CancellationToken.None);

        Assert.Equal(120, summary.Lines);
        Assert.Equal(120, summary.Requests);
        Assert.Equal(49, summary.ServiceTime!.MaxMs);
    }

    [Fact]
    public async Task Read_StreamExpiredOnce_OpensANewSession()
    {
        await using var logplex = await ScriptedLogplex.StartAsync(expiredSessions: 1, endAfter: 10);
        await using var services = Services(logplex);

        var lines = await services.GetRequiredService<ILogSource>().ReadAsync("demo-app", new LogWindow(), CancellationToken.None).ToListAsync();

        Assert.Equal(10, lines.Count);
        Assert.Equal(2, logplex.Sessions);
    }

    [Fact]
    public async Task Read_StreamExpiredTwice_FailsNamingTheAppNotTheUrl()
    {
        await using var logplex = await ScriptedLogplex.StartAsync(expiredSessions: 2, endAfter: 10);
        await using var services = Services(logplex);

        var error = await Assert.ThrowsAsync<LogSourceException>(
            () => services.GetRequiredService<ILogSource>().ReadAsync("demo-app", new LogWindow(), CancellationToken.None).ToListAsync().AsTask());

        Assert.Equal("The log stream of demo-app answered 404 (NotFound) again, with a new log session.", error.Message);
        Assert.DoesNotContain("secret-capability", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Read_CallerCancels_ThrowsInsteadOfEndingQuietly()
    {
        await using var logplex = await ScriptedLogplex.StartAsync();
        await using var services = Services(logplex);
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => services.GetRequiredService<ILogSource>()
            .ReadAsync("demo-app", new LogWindow { Tail = true, MaxDuration = TimeSpan.FromMinutes(1) }, cancel.Token)
            .ToListAsync().AsTask());
    }

    [Theory]
    [InlineData(-1, 10, 1)]
    [InlineData(1501, 10, 1)]
    [InlineData(100, 0, 1)]
    [InlineData(100, 10, 0)]
    public async Task Read_WindowOutOfRange_ThrowsBeforeAnyCall(int recent, int maxLines, int seconds)
    {
        await using var logplex = await ScriptedLogplex.StartAsync();
        await using var services = Services(logplex);
        var window = new LogWindow { RecentLines = recent, MaxLines = maxLines, MaxDuration = TimeSpan.FromSeconds(seconds) };

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(
            () => services.GetRequiredService<ILogSource>().ReadAsync("demo-app", window, CancellationToken.None).ToListAsync().AsTask());
        Assert.Equal(0, logplex.Sessions);
    }

    private static ServiceProvider Services(ScriptedLogplex logplex) => new ServiceCollection()
        .AddLogging()
        .AddHerokuClients(new HerokuOptions { PlatformBaseUrl = logplex.BaseAddress, DataBaseUrl = logplex.BaseAddress, ApiToken = "t" })
        .AddCutoverMonitoring(new MonitoringOptions())
        .BuildServiceProvider();
}
