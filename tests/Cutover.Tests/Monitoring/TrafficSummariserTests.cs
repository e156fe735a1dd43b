using static Cutover.Tests.Monitoring.LogLines;

namespace Cutover.Tests.Monitoring;

public class TrafficSummariserTests
{
    [Fact]
    public void Add_RouterLinesWithQuotedSpaces_CountsStatusClassesAndServiceTimes()
    {
        var summary = TrafficSummariser.Summarise(
        [
            Router(Start, 200, 10),
            Router(Start.AddSeconds(1), 302, 20),
            Router(Start.AddSeconds(2), 404, 30),
            Router(Start.AddSeconds(3), 503, 30_000, "H12"),
            Router(Start.AddSeconds(4), 101, 5),
        ]);

        Assert.Equal(5, summary.Requests);
        Assert.Equal(new StatusClassCounts(1, 1, 1, 1, 1), summary.Statuses);
        Assert.Equal(new ServiceTimes(5, 20, 30_000, 30_000, 30_000), summary.ServiceTime);
        Assert.Equal(1, summary.CountOf("H12"));
        Assert.Equal(0.2, summary.ServerErrorRate, 10);
    }

    [Fact]
    public void Add_SinceSet_OnlyLinesStampedAfterItCount()
    {
        var summariser = new TrafficSummariser { Since = Start.AddSeconds(1) };
        foreach (var line in new[]
                 {
                     Router(Start, 503, 30_000, "H12"), Router(Start.AddSeconds(1), 503, 30_000, "H12"), "no timestamp heroku[router]: at=info",
                     Router(Start.AddSeconds(2), 200, 10), Router(Start.AddSeconds(3), 200, 20),
                 })
        {
            summariser.Add(line);
        }

        var summary = summariser.Summarise();

        Assert.Equal((2L, 2L, 0L), (summary.Lines, summary.Requests, summary.CountOf("H12")));
        Assert.Equal((Start.AddSeconds(2), Start.AddSeconds(3)), (summary.WindowStart, summary.WindowEnd));
    }

    [Fact]
    public void Add_RouterErrorWithoutServiceTime_CountsTheRequestButNoSample()
    {
        var summary = TrafficSummariser.Summarise([Router(Start, 503, null, "H10"), Router(Start, 200, 15)]);

        Assert.Equal(2, summary.Requests);
        Assert.Equal(1, summary.ServiceTime!.Samples);
        Assert.Equal(1, summary.CountOf("H10"));
    }

    [Fact]
    public void Add_TimestampsWithOffsetsAndZulu_WindowIsUtc()
    {
        var summary = TrafficSummariser.Summarise(
        [
            "2026-03-05T20:00:00.5+02:00 heroku[router]: at=info status=200 service=1ms",
            "2026-03-05T18:10:00Z heroku[router]: at=info status=200 service=1ms",
            "2026-03-05T13:05:00.000000-05:00 heroku[router]: at=info status=200 service=1ms",
        ]);

        Assert.Equal(new DateTimeOffset(2026, 3, 5, 18, 0, 0, 500, TimeSpan.Zero), summary.WindowStart);
        Assert.Equal(new DateTimeOffset(2026, 3, 5, 18, 10, 0, TimeSpan.Zero), summary.WindowEnd);
    }

    [Theory]
    [InlineData("empty", "")]
    [InlineData("words", "hello world")]
    [InlineData("bad date", "2026-13-45T25:00:00+00:00 heroku[router]: at=info status=200 service=1ms")]
    [InlineData("app line with router fields", "2026-03-05T18:00:00+00:00 app[web.1]: at=error code=H12 status=503 service=30000ms")]
    [InlineData("router without status", "2026-03-05T18:00:00+00:00 heroku[router]: at=info service=12ms")]
    [InlineData("truncated quote", "2026-03-05T18:00:00+00:00 heroku[router]: at=info path=\"/never closed status=200")]
    [InlineData("unknown code letter", "2026-03-05T18:00:00+00:00 heroku[web.1]: Error X14 (something)")]
    public void Add_LineThatIsNotTraffic_OnlyCountsAsALine(string name, string line)
    {
        var summary = TrafficSummariser.Summarise([line]);

        Assert.True(summary.Lines == 1, name);
        Assert.Equal(0, summary.Requests);
        Assert.Empty(summary.ErrorCodes);
        Assert.Null(summary.ServiceTime);
    }

    [Fact]
    public void Add_LineWithoutTimestamp_IsReadWithoutAWindow()
    {
        var summary = TrafficSummariser.Summarise(["heroku[router]: at=info method=GET path=\"/\" status=200 service=7ms"]);

        Assert.Equal(1, summary.Requests);
        Assert.Null(summary.WindowStart);
        Assert.Equal("no timestamps", TrafficSummaryText.Window(summary));
    }

    [Fact]
    public void Add_ServiceTimeBeyondTenMinutes_IsClampedToTheHistogramRange()
    {
        var summary = TrafficSummariser.Summarise([Router(Start, 200, 3_600_000)]);

        Assert.Equal(600_000, summary.ServiceTime!.MaxMs);
    }

    [Fact]
    public void Add_RuntimeMetricsAndStates_AggregatePerProcessType()
    {
        var summary = TrafficSummariser.Summarise(
        [
            Memory(Start, "web.1", 100, 512),
            Memory(Start, "web.2", 300, 512),
            Memory(Start, "worker.1", 50, 1024),
            Load(Start, "web.1", 0.5),
            Load(Start, "web.10", 1.5),
            State(Start, "web.10", "up", "crashed"),
            State(Start.AddSeconds(5), "web.10", "crashed", "starting"),
            State(Start, "web.2", "starting", "up"),
            RuntimeError(Start, "web.2", "R14"),
            RuntimeError(Start, "web.2", "R14"),
        ]);

        var web = summary.DynoTypes[0];
        Assert.Equal(new DynoTypeMetrics("web", 3, 2, 300, 200, 512, 2, 1.5, 1.0), web);
        Assert.Equal(300.0 / 512 * 100, web.MemoryMaxQuotaPercent);
        Assert.Equal("worker", summary.DynoTypes[1].Type);
        Assert.Equal(["web.2", "web.10"], summary.Dynos.Select(d => d.Dyno));
        Assert.Equal(new DynoStateSummary("web.10", "starting", 2, 1, Start.AddSeconds(5)), summary.Dynos[1]);
        Assert.Equal(2, summary.CountOf("R14"));
    }

    [Fact]
    public void Add_MoreDynosThanTracked_KeepsCountingTrafficWithinTheCap()
    {
        var summariser = new TrafficSummariser();
        for (var i = 1; i <= TrafficSummariser.MaxDynos + 500; i++)
            summariser.Add(State(Start, $"run.{i}", "starting", "up"));
        summariser.Add(Router(Start, 200, 5));

        var summary = summariser.Summarise();

        Assert.Equal(TrafficSummariser.MaxDynos, summary.Dynos.Count);
        Assert.Equal(1, summary.Requests);
        Assert.Equal(TrafficSummariser.MaxDynos + 501, summary.Lines);
    }

    [Fact]
    public void Percentiles_ManyServiceTimes_WithinATenthOfAPercentOfTheExactNearestRank()
    {
        var random = new Random(7);
        var values = Enumerable.Range(0, 50_000).Select(_ => (int)Math.Exp(random.NextDouble() * 11)).ToList();
        var summariser = new TrafficSummariser();
        foreach (var value in values)
            summariser.Add(Router(Start, 200, value));

        var summary = summariser.Summarise().ServiceTime!;

        var sorted = values.Order().ToList();
        long Exact(double percentile) => sorted[(int)Math.Round(percentile / 100 * sorted.Count) - 1];
        Assert.InRange(summary.P50Ms, Exact(50), Exact(50) * 1.001 + 1);
        Assert.InRange(summary.P95Ms, Exact(95), Exact(95) * 1.001 + 1);
        Assert.InRange(summary.P99Ms, Exact(99), Exact(99) * 1.001 + 1);
        Assert.Equal(sorted[^1], summary.MaxMs);
    }

    [Fact]
    public void Add_AfterTheFirstLines_AllocatesNothingPerLine()
    {
        string[] lines =
        [
            Router(Start, 200, 23), Router(Start.AddMilliseconds(3), 503, 30_000, "H12", "web.2"), Memory(Start, "web.1", 412.5, 1024),
            Load(Start, "web.2", 0.7), State(Start, "web.2", "starting", "up"), RuntimeError(Start, "web.2", "R14"),
            $"{Stamp(Start)} app[web.1]: info: request finished",
        ];
        var summariser = new TrafficSummariser();
        foreach (var line in lines)
            summariser.Add(line);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100_000; i++)
            summariser.Add(lines[i % lines.Length]);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Nothing per line: one allocation per line would be megabytes. A few kilobytes can come from the runtime itself
        // (the JIT moving a hot method to its optimised tier mid-loop, seen on a busy machine), never from the lines.
        Assert.InRange(allocated, 0, 16 * 1024);
        Assert.Equal(100_007, summariser.Lines);
    }

    [Fact]
    public void Reset_AfterLines_SummarisesNothing()
    {
        var summariser = new TrafficSummariser();
        summariser.Add(Router(Start, 500, 12, "H13"));
        summariser.Add(Memory(Start, "web.1", 10, 512));

        summariser.Reset();

        Assert.Equal(TrafficSummary.Empty, summariser.Summarise(), new SummaryComparer());
    }

    [Fact]
    public async Task SummariseAsync_StreamOfLines_SameAsSummarisingTheList()
    {
        string[] lines = [Router(Start, 200, 10), Router(Start.AddSeconds(1), 500, 99), Memory(Start, "web.1", 64, 512)];

        var streamed = await TrafficSummariser.SummariseAsync(lines.ToAsyncEnumerable(), CancellationToken.None);

        Assert.Equal(TrafficSummaryText.Render(TrafficSummariser.Summarise(lines)), TrafficSummaryText.Render(streamed));
    }

    /// <summary>Summaries compared by their rendering plus their counts (records hold lists).</summary>
    private sealed class SummaryComparer : IEqualityComparer<TrafficSummary>
    {
        public bool Equals(TrafficSummary? x, TrafficSummary? y) =>
            x is not null && y is not null && x.Lines == y.Lines && x.Requests == y.Requests
            && TrafficSummaryText.Render(x) == TrafficSummaryText.Render(y);

        public int GetHashCode(TrafficSummary obj) => obj.Requests.GetHashCode();
    }
}
