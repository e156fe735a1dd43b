using Cutover.Steps.GoLive;
using Cutover.Steps.Rollback;

namespace Cutover.Tests.Steps;

/// <summary>What the hooks of go-live and rollback start and stop, through the whole use case.</summary>
public class StepHooksTests
{
    private readonly InMemoryCutover _cutover = new();

    [Fact]
    public async Task GoLive_Succeeds_SchedulesTheHealthReports()
    {
        var runId = await _cutover.OpenRunAsync();
        await CompleteUntilAsync(runId, StepIds.GoLive);
        await _cutover.ApproveAsync(runId, StepIds.GoLive);

        await _cutover.Executor([new GoLiveHooks(_cutover.Scheduler)], new ScriptedStep(StepIds.GoLive)).RunAsync(runId, CancellationToken.None);

        Assert.Contains($"monitor {runId}", _cutover.Scheduler.Calls);
    }

    [Fact]
    public async Task GoLive_Fails_SchedulesNothing()
    {
        var runId = await _cutover.OpenRunAsync();
        await CompleteUntilAsync(runId, StepIds.GoLive);
        await _cutover.ApproveAsync(runId, StepIds.GoLive);
        var goLive = new ScriptedStep(StepIds.GoLive) { Outcome = (_, _) => StepResult.Failed("web dynos crashed") };

        await _cutover.Executor([new GoLiveHooks(_cutover.Scheduler)], goLive).RunAsync(runId, CancellationToken.None);

        Assert.DoesNotContain($"monitor {runId}", _cutover.Scheduler.Calls);
    }

    [Fact]
    public async Task Rollback_Succeeds_UnschedulesTheRunsTimedWork()
    {
        var hooks = new RollbackHooks(_cutover.Scheduler);
        var run = Run.Plan("demo-app", "demo-space", null, "slack:U-req", new ConversationReference(ChatChannel.Slack, "C1"), DateTimeOffset.UnixEpoch);

        await ((IStepHooks)hooks).BeforeAsync(run, CancellationToken.None);
        Assert.Empty(_cutover.Scheduler.Calls);
        await hooks.AfterSuccessAsync(run, CancellationToken.None);

        Assert.Equal([$"unschedule {run.Id}"], _cutover.Scheduler.Calls);
    }

    private async Task CompleteUntilAsync(long runId, string stepId)
    {
        while ((await _cutover.RunAsync(runId)).CurrentStep?.StepId != stepId)
            await _cutover.CompleteCurrentStepAsync(runId);
    }
}
