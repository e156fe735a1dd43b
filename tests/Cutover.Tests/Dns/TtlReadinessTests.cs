namespace Cutover.Tests.Dns;

public class TtlReadinessTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 5, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Evaluate_HighTtl_NotReadyWithReasonAndEarliestTimeIfLoweredNow()
    {
        var result = TtlReadiness.Evaluate([new TtlRecordState("www.example.com", 3600, 3600, null)], Now);

        var record = Assert.Single(result.Records);
        Assert.False(result.Ready);
        Assert.False(record.Ready);
        Assert.Equal(Now.AddHours(1), record.SafeAt);
        Assert.Equal(Now.AddHours(1), result.EarliestSafeAt);
        Assert.Equal(
            "www.example.com: TTL is 3600 s, above the target 60 s. Lower it to 60 s; the cutover is safe 1 h after that, at the earliest 2026-03-05 13:00:00 UTC.",
            record.Reason);
    }

    [Theory]
    [InlineData("old TTL long expired", "www.example.com", 86_400, 3 * 24 * 60, true,
        "www.example.com: TTL is 60 s since 2026-03-02 12:00:00 UTC; the old 86400 s TTL expired from caches at 2026-03-03 12:00:00 UTC.")]
    [InlineData("old TTL still in caches", "api.example.com", 3600, 20, false,
        "api.example.com: TTL lowered to 60 s at 2026-03-05 11:40:00 UTC; caches may hold the old 3600 s answer until 2026-03-05 12:40:00 UTC (40 min from now).")]
    public void Evaluate_LoweredTo60_SafeOnceTheOldTtlHasLeftTheCaches(string row, string name, int originalTtl, int loweredMinutesAgo, bool ready, string reason)
    {
        var lowered = Now.AddMinutes(-loweredMinutesAgo);

        var result = TtlReadiness.Evaluate([new TtlRecordState(name, 60, originalTtl, lowered)], Now);

        var safeAt = lowered.AddSeconds(originalTtl);
        Assert.Equal((ready, safeAt), (result.Ready, result.EarliestSafeAt));
        Assert.Equal(reason, result.Records[0].Reason);
        Assert.Equal(ready, result.SafeBy(Now));
        Assert.False(result.SafeBy(safeAt.AddMinutes(-1)), row);
        Assert.True(result.SafeBy(safeAt), row);
    }

    [Fact]
    public void Evaluate_LowButLoweringNotRecorded_CountsFromNow()
    {
        var result = TtlReadiness.Evaluate([new TtlRecordState("www.example.com", 60, 1800, null)], Now);

        Assert.False(result.Ready);
        Assert.Equal(Now.AddMinutes(30), result.EarliestSafeAt);
        Assert.Contains("not recorded", result.Records[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AlwaysLow_ReadyAtOnce()
    {
        var result = TtlReadiness.Evaluate([new TtlRecordState("www.example.com", 30, 30, null)], Now);

        Assert.True(result.Ready);
        Assert.Null(result.Records[0].SafeAt);
        Assert.Equal(Now, result.EarliestSafeAt);
    }

    [Fact]
    public void Evaluate_RecordThatCouldNotBeRead_NotReadyAndNoSafeTime()
    {
        var observation = DnsTtlObservation.Failed("shop.example.com", "example.com", ["ns1.example.com"], "ns1.example.com (192.0.2.53:53) did not answer");

        var result = TtlReadiness.Evaluate(
            [TtlRecordState.From(observation, 3600, null), new TtlRecordState("www.example.com", 60, 60, null)], Now);

        Assert.False(result.Ready);
        Assert.Null(result.EarliestSafeAt);
        Assert.False(result.SafeBy(Now.AddYears(1)));
        Assert.Equal(["shop.example.com"], result.Blocking.Select(r => r.Name));
        Assert.Contains("did not answer", result.Records[0].Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SeveralRecords_EarliestIsTheLatestRecord()
    {
        var result = TtlReadiness.Evaluate(
        [
            new TtlRecordState("a.example.com", 60, 3600, Now.AddMinutes(-10)),
            new TtlRecordState("b.example.com", 300, 300, null),
            new TtlRecordState("c.example.com", 60, 600, Now.AddHours(-1)),
        ], Now, targetTtlSeconds: 60);

        Assert.False(result.Ready);
        Assert.Equal(Now.AddMinutes(50), result.EarliestSafeAt);
        Assert.Equal([false, false, true], result.Records.Select(r => r.Ready));
    }

    [Fact]
    public void Evaluate_ObservedTtlRaisedAboveTheRecordedOriginal_WaitsForTheHigherOne()
    {
        var result = TtlReadiness.Evaluate([new TtlRecordState("www.example.com", 7200, 3600, Now.AddDays(-1))], Now);

        Assert.Equal(Now.AddHours(2), result.EarliestSafeAt);
    }

    [Fact]
    public void From_ObservationWithSeveralServers_UsesTheHighestTtl()
    {
        var observation = new DnsTtlObservation("www.example.com", "example.com", ["ns1.example.com", "ns2.example.com"],
        [
            new DnsRecordTtl("www.example.com", "CNAME", 60, "x.herokudns.com", Now, "ns1.example.com (192.0.2.1:53)"),
            new DnsRecordTtl("www.example.com", "CNAME", 3600, "x.herokudns.com", Now, "ns2.example.com (192.0.2.2:53)"),
        ], null);

        var state = TtlRecordState.From(observation, 3600, Now);

        Assert.Equal(3600, state.ObservedTtlSeconds);
        Assert.Null(state.Problem);
    }
}
