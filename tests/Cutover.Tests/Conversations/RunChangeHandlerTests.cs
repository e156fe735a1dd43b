using static Cutover.Tests.Fakes.InMemoryCutover;

namespace Cutover.Tests.Conversations;

/// <summary><c>retry</c>, <c>skip</c>, <c>rollback</c> and <c>abort</c>: a change told in the thread, or a refusal told to its sender and audited.</summary>
public class RunChangeHandlerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryCutover _cutover = new();

    [Fact]
    public async Task Retry_RejectedStep_PutsANewVersionUpInTheThread()
    {
        var runId = await _cutover.OpenRunAsync();
        await _cutover.Decide.RejectAsync(runId, StepIds.Preflight, 1, ApproverA, "wrong space", None);

        var reply = await _cutover.Handler<RetryHandler>().HandleAsync(From(Requester), new RetryCommand(runId, Step(StepIds.Preflight)), None);

        Assert.Null(reply);
        var step = await _cutover.StepAsync(runId, StepIds.Preflight);
        Assert.Equal((StepState.AwaitingApproval, 2), (step.State, step.Version));
        Assert.Contains($"approval:{StepIds.Preflight}:v2", (await _cutover.Posts.ListAsync(runId, None)).Keys);
    }

    [Fact]
    public async Task Retry_ByAnOutsider_RefusedAndAudited()
    {
        var runId = await _cutover.OpenRunAsync();
        await _cutover.Decide.RejectAsync(runId, StepIds.Preflight, 1, ApproverA, "wrong space", None);

        var reply = await _cutover.Handler<RetryHandler>().HandleAsync(From(Outsider), new RetryCommand(runId, Step(StepIds.Preflight)), None);

        Assert.Equal($"Only the requester or an approver of run {runId} can retry a step.", reply?.Text);
        AssertAudited("slack:U-x", $"retry preflight: {reply?.Text}");
        Assert.Equal(StepState.Rejected, (await _cutover.StepAsync(runId, StepIds.Preflight)).State);
        Assert.Empty(await _cutover.Posts.ListAsync(runId, None));
    }

    [Fact]
    public async Task Skip_CurrentStep_AsksForApprovalToSkipIt()
    {
        var runId = await _cutover.OpenRunAsync();
        await _cutover.CompleteCurrentStepAsync(runId);

        var reply = await _cutover.Handler<SkipHandler>().HandleAsync(From(Requester), new SkipCommand(runId, Step(StepIds.MaintenancePage), "no page needed"), None);

        Assert.Null(reply);
        var step = await _cutover.StepAsync(runId, StepIds.MaintenancePage);
        Assert.Equal((StepState.AwaitingApproval, StepIntent.Skip), (step.State, step.Intent));
        Assert.Contains($"approval:{StepIds.MaintenancePage}:v{step.Version}", (await _cutover.Posts.ListAsync(runId, None)).Keys);
    }

    [Theory]
    [InlineData(StepIds.DnsTtl, "Skipping the DNS TTL step waives the check that caches have expired before the cutover; say why: `skip 1 dns-ttl <reason>`.")]
    [InlineData(StepIds.Preflight, "Step 0 (preflight) cannot be skipped: every later step depends on it.")]
    public async Task Skip_RefusedByTheRun_RefusalRepliedAndAudited(string stepId, string reason)
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await _cutover.Handler<SkipHandler>().HandleAsync(From(Requester), new SkipCommand(runId, Step(stepId)), None);

        Assert.Equal(reason, reply?.Text);
        AssertAudited("slack:U-req", $"skip {stepId}: {reason}");
    }

    [Fact]
    public async Task Rollback_AfterAChangeToHeroku_AsksForApproval()
    {
        var runId = await _cutover.OpenRunAsync();
        await _cutover.CompleteCurrentStepAsync(runId);
        await _cutover.CompleteCurrentStepAsync(runId);

        var reply = await _cutover.Handler<RollbackHandler>().HandleAsync(From(ApproverA), new RollbackCommand(runId), None);

        Assert.Null(reply);
        Assert.Equal(StepState.AwaitingApproval, (await _cutover.StepAsync(runId, StepIds.Rollback)).State);
        Assert.Contains($"approval:{StepIds.Rollback}:v1", (await _cutover.Posts.ListAsync(runId, None)).Keys);
    }

    [Fact]
    public async Task Rollback_NothingChangedYet_RefusedPointingToAbort()
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await _cutover.Handler<RollbackHandler>().HandleAsync(From(ApproverA), new RollbackCommand(runId), None);

        Assert.Equal($"Run {runId} has not changed anything on Heroku yet; abort it instead (`abort {runId}`).", reply?.Text);
        AssertAudited("slack:U-a", $"rollback: {reply?.Text}");
    }

    [Fact]
    public async Task Abort_ByTheRequester_EndsTheRunAndItsTimedJobs()
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await _cutover.Handler<AbortHandler>().HandleAsync(From(Requester), new AbortCommand(runId, "wrong app"), None);

        Assert.Null(reply);
        Assert.Equal(RunState.Aborted, (await _cutover.RunAsync(runId)).State);
        Assert.Equal([$"unschedule {runId}"], _cutover.Scheduler.Calls);
        Assert.Contains("ended:Aborted", (await _cutover.Posts.ListAsync(runId, None)).Keys);
    }

    [Fact]
    public async Task Abort_ByAnOutsider_RefusedAndTheJobsStay()
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await _cutover.Handler<AbortHandler>().HandleAsync(From(Outsider), new AbortCommand(runId, null), None);

        Assert.Equal($"Only the requester or an approver of run {runId} can abort it.", reply?.Text);
        AssertAudited("slack:U-x", $"abort: {reply?.Text}");
        Assert.Equal(RunState.InProgress, (await _cutover.RunAsync(runId)).State);
        Assert.Empty(_cutover.Scheduler.Calls);
    }

    private static StepDefinition Step(string stepId) => RunbookCatalog.Get(stepId);

    private void AssertAudited(string actor, string detail)
    {
        var audited = Assert.Single(_cutover.Audit.Of(RunAccess.CommandRefused));
        Assert.Equal((actor, detail), (audited.Actor, audited.Detail));
    }
}
