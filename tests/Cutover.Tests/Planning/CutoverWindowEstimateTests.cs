namespace Cutover.Tests.Planning;

public class CutoverWindowEstimateTests
{
    [Fact]
    public void Estimate_EveryPart_AddsItsCallsAndItsStatedPlatformRangeTheDataMovesSideBySide()
    {
        var inputs = new CutoverWindowInputs(Domains: 2, FollowerLagCommits: 1000, HasFollower: true, RedisForks: 1, KafkaClusters: 1,
            ApiLatency: TimeSpan.FromMilliseconds(100), LatencySamples: 40);

        var (low, high, parts) = CutoverWindowEstimate.Estimate(inputs);

        // 26 calls × 100 ms (twice that at worst) + the longer of (1,000 commits × 1–10 ms + promote 30 s–2 min) and the
        // fork beside it (2–10 min) + boot 20–90 s.
        Assert.Equal((TimeSpan.FromSeconds(142.6), TimeSpan.FromSeconds(695.2)), (low, high));
        Assert.Equal("about 3 min–12 min", CutoverWindowEstimate.Describe(low, high));
        Assert.Equal(
        [
            "26 API calls × 100 ms (median of this run's last 40 calls)",
            "follower lag 1000 commit(s) to drain, then unfollow + promote (30 s–2 min, assumed)",
            "1 Redis fork(s) (2 min–10 min each, assumed; beside the follower's promotion)",
            "1 Kafka cluster(s) moved by hand: add your own time",
            "2 domain(s) moved; DNS caches follow within the lowered TTL",
            "target dynos up for go-live (20 s–90 s, assumed)",
        ], parts);
    }

    [Fact]
    public void Estimate_NothingMeasuredOrOnlyTheProcesssCalls_SaysWhereTheLatencyComesFrom()
    {
        var unmeasured = CutoverWindowEstimate.Estimate(new CutoverWindowInputs(1, null, false, 0, 0, TimeSpan.Zero, 0));
        var process = CutoverWindowEstimate.Estimate(new CutoverWindowInputs(1, null, false, 0, 0, TimeSpan.FromMilliseconds(80), 12, LatencyOfRun: false));

        Assert.Equal("18 API calls × 300 ms (nothing measured yet; assumed)", unmeasured.Parts[0]);
        Assert.Equal((TimeSpan.FromSeconds(25.4), TimeSpan.FromSeconds(100.8)), (unmeasured.Low, unmeasured.High));
        Assert.Equal("18 API calls × 80 ms (median of this process's last 12 calls)", process.Parts[0]);
    }
}
