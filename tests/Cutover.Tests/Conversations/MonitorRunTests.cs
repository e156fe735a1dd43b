using Cutover.Core.Conversations;

namespace Cutover.Tests.Conversations;

/// <summary>Health reports over the in-memory ports: each covers the lines after the previous report's last one.</summary>
public class MonitorRunTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryCutover _cutover = new();
    private readonly IntervalSampler _sampler = new();

    private MonitorRun Monitor() =>
        new(_cutover.Store, _cutover.Facts, _sampler, _cutover.Posts, _cutover.Chat, _cutover.Policy, new HealthRules(), _cutover.Clock);

    [Fact]
    public async Task Report_EachAfterThePrevious_ReadsOnlyTheLinesAfterTheLastOneItsPredecessorRead()
    {
        var runId = await _cutover.OpenRunAsync();
        var t0 = _cutover.Clock.GetUtcNow();
        _sampler.Next = Summary(t0.AddMinutes(-20), t0.AddMinutes(-1));

        Assert.True(await Monitor().ReportAsync(runId, 1, 3, None));
        _sampler.Next = Summary(t0.AddMinutes(1), t0.AddMinutes(14));
        _cutover.Chat.Failing = true;
        await Assert.ThrowsAnyAsync<Exception>(() => Monitor().ReportAsync(runId, 2, 3, None));
        _cutover.Chat.Failing = false;
        Assert.True(await Monitor().ReportAsync(runId, 2, 3, None));
        _sampler.Next = TrafficSummary.Empty;
        Assert.True(await Monitor().ReportAsync(runId, 3, 3, None));

        // The first reads everything; the second (and its retry after a failed post) after the first's last line; an
        // empty interval leaves the mark where it was.
        Assert.Equal([null, t0.AddMinutes(-1), t0.AddMinutes(-1), t0.AddMinutes(14)], _sampler.Windows.Select(w => w.Since));
        Assert.Equal(t0.AddMinutes(14).ToString("O", CultureInfo.InvariantCulture), await _cutover.Facts.GetAsync(runId, MonitorRun.LastLineFact, None));
    }

    private static TrafficSummary Summary(DateTimeOffset first, DateTimeOffset last) => TrafficSummary.Empty with { WindowStart = first, WindowEnd = last, Lines = 10 };

    /// <summary>Answers <see cref="Next"/> and records each window it was asked for.</summary>
    private sealed class IntervalSampler : ITrafficSampler
    {
        public TrafficSummary Next { get; set; } = TrafficSummary.Empty;

        public List<LogWindow> Windows { get; } = [];

        public Task<TrafficSummary> SampleAsync(string app, LogWindow window, CancellationToken cancellationToken)
        {
            Windows.Add(window);
            return Task.FromResult(Next);
        }
    }
}
