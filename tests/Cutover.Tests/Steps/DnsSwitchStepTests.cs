using Cutover.Steps.DnsSwitch;

namespace Cutover.Tests.Steps;

public class DnsSwitchStepTests
{
    [Fact]
    public async Task Execute_TargetsRecorded_ConfirmsEachRecordAndItsNewTarget()
    {
        var facts = new Facts { [DnsSwitchStep.DnsTargetsFact] = "www.example.com=www.example.com.herokudns.com;api.example.com=api.example.com.herokudns.com" };

        var lookup = new Lookup { ["www.example.com"] = "www.example.com.herokudns.com." };

        var result = await new DnsSwitchStep(facts, new ManualDnsProvider(), lookup).ExecuteAsync(NewRun(), CancellationToken.None);

        Assert.True(result.Succeeded, result.Message);
        Assert.Contains("2 record(s)", result.Message, StringComparison.Ordinal);
        Assert.Contains("www.example.com → CNAME www.example.com.herokudns.com (verified on 1 name server(s))", result.Message, StringComparison.Ordinal);
        Assert.Contains("api.example.com → CNAME api.example.com.herokudns.com (not verified by lookup: SERVFAIL", result.Message, StringComparison.Ordinal);
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
