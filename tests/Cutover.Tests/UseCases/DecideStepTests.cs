using static Cutover.Tests.Fakes.InMemoryCutover;

namespace Cutover.Tests.UseCases;

public class DecideStepTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    [Fact]
    public async Task Approve_ApproverOnCurrentVersion_ApprovesAndSchedulesLapseAndExecution()
    {
        var cutover = new InMemoryCutover();
        var runId = await cutover.OpenRunAsync();

        var result = await cutover.Decide.ApproveAsync(runId, StepIds.Preflight, 1, ApproverA, None);

        Assert.False(result.IsRefused, result.ToString());
        Assert.Equal(StepState.Approved, (await cutover.StepAsync(runId, StepIds.Preflight)).State);
        var lapse = cutover.Clock.GetUtcNow() + cutover.Policy.Expiry;
        Assert.Equal([$"expiry {runId} preflight v1 at {lapse:O}", $"execute {runId}"], cutover.Scheduler.Calls);
        Assert.Single(cutover.Audit.Of("step.approval-recorded"));
    }

    [Fact]
    public async Task Approve_FirstOfTwoNeeded_RecordsProgressAndSchedulesOnlyTheLapse()
    {
        var cutover = new InMemoryCutover(RunHarness.PolicyWith() with { Quorum = 2 });
        var runId = await cutover.OpenRunAsync();

        var result = await cutover.Decide.ApproveAsync(runId, StepIds.Preflight, 1, ApproverA, None);

        Assert.Equal((1, 2, StepState.AwaitingApproval), (result.Value!.Have, result.Value.Need, result.Value.Step.State));
        Assert.Equal([$"expiry {runId} preflight v1 at {cutover.Clock.GetUtcNow() + cutover.Policy.Expiry:O}"], cutover.Scheduler.Calls);
    }

    [Fact]
    public async Task Approve_Acknowledging_KeepsWhatWasAcknowledgedInTheAudit()
    {
        var cutover = new InMemoryCutover();
        var runId = await cutover.OpenRunAsync();

        await cutover.Decide.ApproveAsync(runId, StepIds.Preflight, 1, ApproverA, None, acknowledging: "Fixie is replaced by the space's NAT");

        Assert.EndsWith("1 of 1; acknowledges: Fixie is replaced by the space's NAT", cutover.Audit.Of("step.approval-recorded").Single().Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_ApproverWithReason_RejectsAndSchedulesNothing()
    {
        var cutover = new InMemoryCutover();
        var runId = await cutover.OpenRunAsync();

        var result = await cutover.Decide.RejectAsync(runId, StepIds.Preflight, 1, ApproverA, "  not during the sale  ", None);

        Assert.Equal(StepState.Rejected, result.Value!.State);
        Assert.Equal("not during the sale", result.Value.Outcome);
        Assert.Empty(cutover.Scheduler.Calls);
    }

    public static TheoryData<string, string, string> WrongPeople => new()
    {
        { "outsider", RunHarness.Outsider.UserId, "not an approver: You are not an approver for run 1; nothing was changed." },
        { "requester", RunHarness.RequesterId, "approver: You requested run 1, so you cannot approve its steps. Ask another approver." },
    };

    [Theory]
    [MemberData(nameof(WrongPeople))]
    public async Task Approve_WrongPerson_RefusedAuditedAndNothingChanges(string who, string userId, string audited)
    {
        var cutover = new InMemoryCutover();
        var runId = await cutover.OpenRunAsync();

        var result = await cutover.Decide.ApproveAsync(runId, StepIds.Preflight, 1, new(ChatChannel.Slack, userId), None);

        Assert.True(result.IsRefused, who);
        Assert.EndsWith(result.Refusal.Reason, audited, StringComparison.Ordinal);
        var refusal = Assert.Single(cutover.Audit.Of(DecideStep.ApprovalRefused));
        Assert.Equal(($"slack:{userId}", StepIds.Preflight, 1, audited), (refusal.Actor, refusal.StepId, refusal.StepVersion, refusal.Detail));
        Assert.Equal(StepState.AwaitingApproval, (await cutover.StepAsync(runId, StepIds.Preflight)).State);
        Assert.Empty(cutover.Scheduler.Calls);
    }

    [Fact]
    public async Task Approve_SameApproverTwice_SecondRefused()
    {
        var cutover = new InMemoryCutover(RunHarness.PolicyWith() with { Quorum = 2 });
        var runId = await cutover.OpenRunAsync();
        await cutover.Decide.ApproveAsync(runId, StepIds.Preflight, 1, ApproverA, None);

        var again = await cutover.Decide.ApproveAsync(runId, StepIds.Preflight, 1, ApproverA, None);

        Assert.Contains("You already approved step 0 (preflight) v1", again.Refusal?.Reason, StringComparison.Ordinal);
        Assert.Single(cutover.Audit.Of(DecideStep.ApprovalRefused));
        Assert.Single((await cutover.StepAsync(runId, StepIds.Preflight)).CurrentDecisions);
    }

    [Fact]
    public async Task Approve_AlreadyApproved_RefusedForTheNextApprover()
    {
        var cutover = new InMemoryCutover();
        var runId = await cutover.OpenRunAsync();
        await cutover.Decide.ApproveAsync(runId, StepIds.Preflight, 1, ApproverA, None);

        var late = await cutover.Decide.ApproveAsync(runId, StepIds.Preflight, 1, ApproverB, None);

        Assert.True(late.IsRefused);
        Assert.Single(cutover.Audit.Of(DecideStep.ApprovalRefused));
        Assert.Equal(["slack:U-a"], (await cutover.StepAsync(runId, StepIds.Preflight)).CurrentDecisions.Select(d => d.UserId));
    }

    [Fact]
    public async Task Reject_AlreadyRejected_RefusedAndAuditedAsARejection()
    {
        var cutover = new InMemoryCutover();
        var runId = await cutover.OpenRunAsync();
        await cutover.Decide.RejectAsync(runId, StepIds.Preflight, 1, ApproverA, "wrong space", None);

        var again = await cutover.Decide.RejectAsync(runId, StepIds.Preflight, 1, ApproverB, "also no", None);

        Assert.True(again.IsRefused);
        var refusal = Assert.Single(cutover.Audit.Of(DecideStep.RejectionRefused));
        Assert.Equal("slack:U-b", refusal.Actor);
        Assert.Empty(cutover.Audit.Of(DecideStep.ApprovalRefused));
    }

    [Fact]
    public async Task Approve_StaleVersion_RefusedNamingTheCurrentVersion()
    {
        var cutover = new InMemoryCutover();
        var runId = await cutover.OpenRunAsync();
        await cutover.Decide.RejectAsync(runId, StepIds.Preflight, 1, ApproverA, "wrong space", None);
        await cutover.ChangeAsync(runId, r => r.Retry(StepIds.Preflight, RunHarness.Requester, cutover.Clock.GetUtcNow()));

        var stale = await cutover.Decide.ApproveAsync(runId, StepIds.Preflight, 1, ApproverB, None);

        Assert.StartsWith("That button belongs to version 1 of step 0 (preflight)", stale.Refusal?.Reason, StringComparison.Ordinal);
        Assert.Equal(1, Assert.Single(cutover.Audit.Of(DecideStep.ApprovalRefused)).StepVersion);
        var step = await cutover.StepAsync(runId, StepIds.Preflight);
        Assert.Equal((2, StepState.AwaitingApproval), (step.Version, step.State));
        Assert.Empty(step.CurrentDecisions);
    }

    [Fact]
    public async Task Approve_WhilePaused_RefusedNamingThePauseBeforeTheRunIsTouched()
    {
        var cutover = new InMemoryCutover();
        var runId = await cutover.OpenRunAsync();
        var updates = cutover.Store.Updates;
        cutover.PauseLock.Hold = new PauseHold("slack:U-b", "incident 4121", cutover.Clock.GetUtcNow());

        var result = await cutover.Decide.ApproveAsync(runId, StepIds.Preflight, 1, ApproverA, None);

        Assert.Equal(PauseCutover.Refusal(cutover.PauseLock.Hold), result.Refusal?.Reason);
        Assert.Equal(updates, cutover.Store.Updates);
        Assert.Single(cutover.Audit.Of(DecideStep.ApprovalRefused));
    }

    [Fact]
    public async Task Approve_GateHoldsTheStep_RefusedWithTheGatesReason()
    {
        var cutover = new InMemoryCutover();
        var runId = await cutover.OpenRunAsync();
        await cutover.CompleteCurrentStepAsync(runId);
        cutover.Gate.Refusal = "The DNS TTL is still 3600 s on www.example.com.";

        var result = await cutover.Decide.ApproveAsync(runId, StepIds.MaintenancePage, 1, ApproverA, None);

        Assert.Equal(cutover.Gate.Refusal, result.Refusal?.Reason);
        Assert.Equal(StepState.AwaitingApproval, (await cutover.StepAsync(runId, StepIds.MaintenancePage)).State);
    }

    [Fact]
    public async Task Approve_SkipOfAGatedStep_NotGatedAndPutsTheNextStepUp()
    {
        var cutover = new InMemoryCutover();
        var runId = await cutover.OpenRunAsync();
        await cutover.CompleteCurrentStepAsync(runId);
        var skip = await cutover.ChangeAsync(runId, r => r.RequestSkip(StepIds.MaintenancePage, RunHarness.Requester, cutover.Clock.GetUtcNow()));
        cutover.Gate.Refusal = "never";

        var result = await cutover.Decide.ApproveAsync(runId, StepIds.MaintenancePage, skip.Version, ApproverA, None);

        Assert.Equal(StepState.Skipped, result.Value!.Step.State);
        Assert.Equal(0, cutover.Gate.Checks);
        Assert.Equal(StepState.AwaitingApproval, (await cutover.StepAsync(runId, StepIds.DnsTtl)).State);
        Assert.DoesNotContain($"execute {runId}", cutover.Scheduler.Calls);
    }
}
