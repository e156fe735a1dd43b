using Cutover.Steps.GoLive;
using Cutover.Steps.Rollback;
using Microsoft.Extensions.Logging.Abstractions;

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

        await _cutover.Executor([GoLiveHooks()], new ScriptedStep(StepIds.GoLive)).RunAsync(runId, CancellationToken.None);

        Assert.Contains($"monitor {runId}", _cutover.Scheduler.Calls);
    }

    [Fact]
    public async Task GoLive_Fails_SchedulesNothing()
    {
        var runId = await _cutover.OpenRunAsync();
        await CompleteUntilAsync(runId, StepIds.GoLive);
        await _cutover.ApproveAsync(runId, StepIds.GoLive);
        var goLive = new ScriptedStep(StepIds.GoLive) { Outcome = (_, _) => StepResult.Failed("web dynos crashed") };

        await _cutover.Executor([GoLiveHooks()], goLive).RunAsync(runId, CancellationToken.None);

        Assert.DoesNotContain($"monitor {runId}", _cutover.Scheduler.Calls);
    }

    [Fact]
    public async Task GoLive_Succeeds_PostsTheParityCheckIntoTheRunsThreadOnce()
    {
        var runId = await _cutover.OpenRunAsync();
        await CompleteUntilAsync(runId, StepIds.GoLive);
        var run = await _cutover.RunAsync(runId);

        await GoLiveHooks().AfterSuccessAsync(run, CancellationToken.None);
        await GoLiveHooks().AfterSuccessAsync(run, CancellationToken.None);

        var parity = Assert.Single(_cutover.Chat.Posts, p => p.Message.Title.StartsWith("Parity check", StringComparison.Ordinal));
        Assert.Equal(run.Conversation.ToString(), parity.Conversation.ToString());
        Assert.Equal($"Parity check: {run.TargetApp} against {run.SourceApp}", parity.Message.Title);
        var lines = Assert.Single(parity.Message.Fields, f => f.Label == "Parity check").Value.Split('\n');
        Assert.Contains("✓ Stack: heroku-24", lines);
        Assert.Equal(12, lines.Length);
        var byHand = Assert.Single(parity.Message.Fields, f => f.Label == "Still by hand").Value;
        Assert.StartsWith("✋ Inbound rules (space) (not read): by hand, check who may reach space demo-space", byHand, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoLive_AppsCannotBeRead_PostsWhyTheParityCheckDidNotRunAndStillSchedules()
    {
        var runId = await _cutover.OpenRunAsync();
        var run = await _cutover.RunAsync(runId);
        _cutover.Inspector.Refusal = "Heroku has no app named demo-app-ps, or the token cannot see it.";

        await GoLiveHooks().AfterSuccessAsync(run, CancellationToken.None);

        var parity = Assert.Single(_cutover.Chat.Posts).Message;
        Assert.Equal(MessageStatus.Warning, parity.Status);
        Assert.Contains("could not read both apps: Heroku has no app named demo-app-ps", parity.Text, StringComparison.Ordinal);
        Assert.Contains($"monitor {runId}", _cutover.Scheduler.Calls);
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

    private GoLiveHooks GoLiveHooks() =>
        new(_cutover.Scheduler, new ParityReport(_cutover.Inspector, new PlannerOptions(), _cutover.Facts), _cutover.Posts, _cutover.Chat, _cutover.Clock,
            NullLogger<GoLiveHooks>.Instance);

    private async Task CompleteUntilAsync(long runId, string stepId)
    {
        while ((await _cutover.RunAsync(runId)).CurrentStep?.StepId != stepId)
            await _cutover.CompleteCurrentStepAsync(runId);
    }
}
