namespace Cutover.Tests.Runbook;

public class RunAdvanceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly Actor Alice = new("U-alice", true);
    private static readonly ApprovalPolicy Policy = Runs.Approvers(Users.Alice);

    [Fact]
    public void PutNextStepUp_AfterTheCurrentStepSucceeded_AsksForTheNextOne()
    {
        var run = NewRun();
        run.RequestApproval("preflight", Actor.System, Now);
        run.Approve("preflight", 1, Alice, Policy, Now);
        run.Start("preflight", Policy, Now);
        run.Succeed("preflight", "ok", Now);

        run.PutNextStepUp(Now);

        var next = run.FindStep("maintenance-page")!;
        Assert.Equal(StepState.AwaitingApproval, next.State);
        Assert.Equal(1, next.Version);
        Assert.Contains(run.PendingAudit, e => e is { Action: "step.request-approval", StepId: "maintenance-page", Actor: "cutover" });
    }

    [Fact]
    public void PutNextStepUp_CurrentStepAlreadyWaiting_ChangesNothing()
    {
        var run = NewRun();
        run.RequestApproval("preflight", Actor.System, Now);
        var revision = run.FindStep("preflight")!.Revision;
        var events = run.PendingAudit.Count;

        run.PutNextStepUp(Now);

        Assert.Equal(revision, run.FindStep("preflight")!.Revision);
        Assert.Equal(events, run.PendingAudit.Count);
    }

    [Fact]
    public void PutNextStepUp_RunAborted_ChangesNothing()
    {
        var run = NewRun();
        run.Abort(Alice, "wrong space", Now);
        var events = run.PendingAudit.Count;

        run.PutNextStepUp(Now);

        Assert.Equal(events, run.PendingAudit.Count);
        Assert.All(run.Steps, s => Assert.Equal(StepState.Aborted, s.State));
    }

    private static Run NewRun() => Runs.Planned().On(Now).Build();
}
