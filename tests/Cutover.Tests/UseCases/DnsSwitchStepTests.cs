using Cutover.Core.Ports;
using Cutover.Core.Runbook;
using Cutover.Core.UseCases;

namespace Cutover.Tests.UseCases;

public class DnsSwitchStepTests
{
    [Fact]
    public async Task Execute_TargetsRecorded_ConfirmsEachRecordAndItsNewTarget()
    {
        var facts = new Facts { [DnsSwitchStep.DnsTargetsFact] = "www.example.com=www.example.com.herokudns.com;api.example.com=api.example.com.herokudns.com" };

        var result = await new DnsSwitchStep(facts).ExecuteAsync(NewRun(), CancellationToken.None);

        Assert.True(result.Succeeded);
        Assert.Contains("2 record(s)", result.Message, StringComparison.Ordinal);
        Assert.Contains("www.example.com → CNAME www.example.com.herokudns.com", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Execute_NothingRecorded_FailsAskingForTheDomainsStep()
    {
        var result = await new DnsSwitchStep(new Facts()).ExecuteAsync(NewRun(), CancellationToken.None);

        Assert.False(result.Succeeded);
        Assert.Contains("domains step", result.Message, StringComparison.Ordinal);
    }

    private static Run NewRun() => Run.Plan("demo-app", "demo-space", null, "U-req",
        new ConversationReference(ChatChannel.Slack, "C1", "1.1"), new DateTimeOffset(2026, 11, 23, 12, 0, 0, TimeSpan.Zero));

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
