using Cutover.Steps.DnsSwitch;

namespace Cutover.Tests.Steps;

public class DnsSwitchStepTests
{
    private const string TwoTargets = "www.example.com=www.example.com.herokudns.com;api.example.com=api.example.com.herokudns.com";

    [Fact]
    public async Task Execute_EveryRecordAnswersWithItsTarget_ConfirmsEach()
    {
        var facts = new Facts { [DnsSwitchStep.DnsTargetsFact] = TwoTargets };
        var lookup = new Lookup { ["www.example.com"] = "www.example.com.herokudns.com.", ["api.example.com"] = "api.example.com.herokudns.com." };

        var result = await new DnsSwitchStep(facts, new ManualDnsProvider(), lookup).ExecuteAsync(NewRun(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains("2 record(s)", result.Message, StringComparison.Ordinal);
        Assert.Contains("www.example.com → CNAME www.example.com.herokudns.com (verified on 1 name server(s))", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_ARecordWithoutAnswer_FailsSayingHowToRetryOrWaive()
    {
        var facts = new Facts { [DnsSwitchStep.DnsTargetsFact] = TwoTargets };
        var lookup = new Lookup { ["www.example.com"] = "www.example.com.herokudns.com." };

        var run = NewRun();

        var result = await new DnsSwitchStep(facts, new ManualDnsProvider(), lookup).ExecuteAsync(run, CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("1 record(s) could not be verified", result.Message, StringComparison.Ordinal);
        Assert.Contains("api.example.com → CNAME api.example.com.herokudns.com (SERVFAIL from every resolver)", result.Message, StringComparison.Ordinal);
        Assert.Contains($"`waive {run.Id} <reason>`", result.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("waived", "DNS checks waived by slack:U-a at 2026-11-23T12:00:00Z: the zone is served by a partner")]
    [InlineData("TTL step skipped", "DNS checks waived when step 2 was skipped")]
    public async Task Execute_ARecordWithoutAnswerOnceWaived_SucceedsSayingItWasNotVerified(string row, string says)
    {
        var facts = new Facts { [DnsSwitchStep.DnsTargetsFact] = TwoTargets };
        var harness = new RunHarness();
        if (row == "waived")
        {
            facts[DnsFacts.Waiver] = "slack:U-a at 2026-11-23T12:00:00Z: the zone is served by a partner";
        }
        else
        {
            harness.Execute(StepIds.Preflight);
            harness.Execute(StepIds.MaintenancePage);
            harness.Skip(StepIds.DnsTtl);
        }

        var lookup = new Lookup { ["www.example.com"] = "www.example.com.herokudns.com." };

        var result = await new DnsSwitchStep(facts, new ManualDnsProvider(), lookup).ExecuteAsync(harness.Run, CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains($"api.example.com → CNAME api.example.com.herokudns.com (not verified by lookup: SERVFAIL from every resolver; {says})",
            result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_RecordStillPointsAtTheOldApp_FailsWithTheInstruction()
    {
        var facts = new Facts { [DnsSwitchStep.DnsTargetsFact] = "www.example.com=www.example.com.herokudns.com" };
        var lookup = new Lookup { ["www.example.com"] = "demo-app.herokuapp.com." };

        var result = await new DnsSwitchStep(facts, new ManualDnsProvider(), lookup).ExecuteAsync(NewRun(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("www.example.com points at demo-app.herokuapp.com", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_NothingRecorded_FailsAskingForTheDomainsStep()
    {
        var result = await new DnsSwitchStep(new Facts(), new ManualDnsProvider(), new Lookup()).ExecuteAsync(NewRun(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("domains step", result.Message, StringComparison.Ordinal);
    }

    private static Run NewRun() => Runs.Planned().On(new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero)).Build();

    /// <summary>Authoritative answers held in memory: host → CNAME value; any other host fails as an unreachable server would.</summary>
    private sealed class Lookup : Dictionary<string, string>, IDnsTtlLookup
    {
        public Task<DnsTtlObservation> ObserveAsync(string hostname, CancellationToken cancellationToken) =>
            Task.FromResult(TryGetValue(hostname, out var value)
                ? new DnsTtlObservation(hostname, "example.com", ["ns1.example.com"],
                    [new DnsRecordTtl(hostname, "CNAME", 60, value, DateTimeOffset.UnixEpoch, "ns1.example.com")], null)
                : DnsTtlObservation.Failed(hostname, null, [], "SERVFAIL from every resolver"));
    }

    /// <summary>Run facts held in memory: this unit test is about the step's reading of them, not their storage.</summary>
    private sealed class Facts : Dictionary<string, string>, IRunFacts
    {
        public Task<string?> GetAsync(long runId, string key, CancellationToken cancellationToken) =>
            Task.FromResult(TryGetValue(key, out var value) ? value : null);

        public Task SetAsync(long runId, string key, string value, CancellationToken cancellationToken)
        {
            this[key] = value;
            return Task.CompletedTask;
        }
    }
}
