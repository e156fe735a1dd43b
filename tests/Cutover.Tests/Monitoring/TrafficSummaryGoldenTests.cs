namespace Cutover.Tests.Monitoring;

public class TrafficSummaryGoldenTests
{
    private const string Sample = "billing-api-sample.log";

    [Fact]
    public void Summary_KnownLogSample_MatchesGoldenFile()
    {
        var summary = TrafficSummariser.Summarise(GoldenFiles.Lines(Sample));

        var actual = TrafficSummaryText.Render(summary) + "\n";
        GoldenFile.Equal(GoldenFiles.PathOf("billing-api-sample.summary.txt"), actual);
    }

    [Fact]
    public void Summary_KnownLogSample_CountsEveryRouterLineAndCode()
    {
        var summary = TrafficSummariser.Summarise(GoldenFiles.Lines(Sample));

        Assert.Equal(36, summary.Lines);
        Assert.Equal(17, summary.Requests);
        Assert.Equal(new StatusClassCounts(0, 9, 2, 2, 4), summary.Statuses);
        Assert.Equal(4.0 / 17, summary.ServerErrorRate, 10);
        // 16 service times (H10 has none); p95 is the 15th (nearest rank): 3,006 ms, reported as the upper
        // bound of its histogram bucket (3,007 ms, within 0.1 %); the maximum is exact.
        Assert.Equal(new ServiceTimes(16, 38, 3_007, 30_000, 30_000), summary.ServiceTime);
        Assert.Equal(["H10", "H12", "H13", "H27", "R14", "R15"], summary.ErrorCodes.Select(e => e.Code));
        Assert.All(summary.ErrorCodes, e => Assert.Equal(1, e.Count));
        var web2 = Assert.Single(summary.Dynos);
        Assert.Equal(new DynoStateSummary("web.2", "up", 3, 1, new DateTimeOffset(2026, 3, 5, 18, 0, 24, 700, TimeSpan.Zero)), web2);
    }
}
