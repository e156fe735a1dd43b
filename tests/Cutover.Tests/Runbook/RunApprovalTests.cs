namespace Cutover.Tests.Runbook;

public class RunApprovalTests
{
    private readonly RunHarness _h = new();

    [Fact]
    public void Approve_OrdinaryStepByOneApprover_ReachesQuorumAndIsAudited()
    {
        _h.Request("preflight");

        var progress = _h.Approve("preflight", RunHarness.ApproverA);

        Assert.Equal((1, 1, true), (progress.Have, progress.Need, progress.QuorumReached));
        Assert.Equal(StepState.Approved, progress.Step.State);
        var decision = Assert.Single(progress.Step.Decisions);
        Assert.Equal(("U-a", Verdict.Approve, 1, _h.Now), (decision.UserId, decision.Verdict, decision.StepVersion, decision.At));
        Assert.Contains(_h.Run.PendingAudit, e => e is { Action: "step.approval-recorded", Actor: "U-a", Detail: "1 of 1" });
        Assert.Contains(_h.Run.PendingAudit, e => e is { Action: "step.approve", Before: "AwaitingApproval", After: "Approved" });
    }

    [Fact]
    public void Approve_ByRequester_IsRefused()
    {
        _h.Request("preflight");

        var reason = _h.RefusedWithoutChange(() =>
            _h.Run.Approve("preflight", 1, RunHarness.Requester, _h.Policy, _h.Now));

        Assert.Contains("You requested run", reason, StringComparison.Ordinal);
        Assert.Contains("another approver", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_ByRequesterWhenPolicyAllowsIt_Approves()
    {
        var h = new RunHarness(RunHarness.PolicyWith(requesterMayApprove: true));
        h.Request("preflight");

        var progress = h.Approve("preflight", RunHarness.Requester);

        Assert.Equal(StepState.Approved, progress.Step.State);
    }

    [Fact]
    public void Approve_ByNonApprover_IsRefusedAsNotAnApprover()
    {
        _h.Request("preflight");

        var reason = _h.RefusedWithoutChange(() =>
            _h.Run.Approve("preflight", 1, RunHarness.Outsider, _h.Policy, _h.Now));

        Assert.Contains("not an approver", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("data-cutover")]
    [InlineData("decommission")]
    public void Approve_DestructiveStepWithOneApproval_StaysAwaitingWithOneOfTwo(string stepId)
    {
        _h.AdvanceTo(stepId);
        _h.Request(stepId);

        var progress = _h.Approve(stepId, RunHarness.ApproverA);

        Assert.Equal((1, 2, false), (progress.Have, progress.Need, progress.QuorumReached));
        Assert.Equal(StepState.AwaitingApproval, progress.Step.State);
        _h.RefusedWithoutChange(() => _h.Run.Start(stepId, _h.Policy, _h.Now));
    }

    [Theory]
    [InlineData("data-cutover")]
    [InlineData("decommission")]
    public void Approve_DestructiveStepBySecondDistinctApprover_Approves(string stepId)
    {
        _h.AdvanceTo(stepId);
        _h.Request(stepId);
        _h.Approve(stepId, RunHarness.ApproverA);

        var progress = _h.Approve(stepId, RunHarness.ApproverB);

        Assert.Equal((2, 2, StepState.Approved), (progress.Have, progress.Need, progress.Step.State));
    }

    [Fact]
    public void Approve_SameApproverTwice_IsRefusedAskingForAnotherApprover()
    {
        _h.AdvanceTo("data-cutover");
        _h.Request("data-cutover");
        _h.Approve("data-cutover", RunHarness.ApproverA);

        var reason = _h.RefusedWithoutChange(() =>
            _h.Run.Approve("data-cutover", 1, RunHarness.ApproverA, _h.Policy, _h.Now));

        Assert.Contains("already approved", reason, StringComparison.Ordinal);
        Assert.Contains("different approver", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_StaleVersion_IsRefusedMentioningBothVersions()
    {
        _h.Request("preflight");
        RunHarness.Ok(_h.Run.Reject("preflight", 1, RunHarness.ApproverA, "wrong window", _h.Policy, _h.Now));
        RunHarness.Ok(_h.Run.Retry("preflight", RunHarness.Requester, _h.Now));

        var reason = _h.RefusedWithoutChange(() =>
            _h.Run.Approve("preflight", 1, RunHarness.ApproverB, _h.Policy, _h.Now));

        Assert.Contains("version 1", reason, StringComparison.Ordinal);
        Assert.Contains("version 2", reason, StringComparison.Ordinal);
        Assert.Contains("latest request", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_VersionAboveCurrent_IsRefused()
    {
        _h.Request("preflight");

        var reason = _h.RefusedWithoutChange(() =>
            _h.Run.Approve("preflight", 2, RunHarness.ApproverA, _h.Policy, _h.Now));

        Assert.Contains("no version 2", reason, StringComparison.Ordinal);
        Assert.Contains("version 1", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_StepNotPutUpForApproval_IsRefused()
    {
        var reason = _h.RefusedWithoutChange(() =>
            _h.Run.Approve("preflight", 0, RunHarness.ApproverA, _h.Policy, _h.Now));

        Assert.Contains("not been put up for approval", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_NoApproversConfigured_IsRefusedNamingTheSetting()
    {
        var h = new RunHarness(new ApprovalPolicy());
        h.Request("preflight");

        var reason = h.RefusedWithoutChange(() => h.Run.Approve("preflight", 1, RunHarness.ApproverA, h.Policy, h.Now));

        Assert.Contains("CUTOVER_APPROVERS", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\n")]
    public void Reject_BlankReason_IsRefusedAskingForOne(string reason)
    {
        _h.Request("preflight");

        var refusal = _h.RefusedWithoutChange(() =>
            _h.Run.Reject("preflight", 1, RunHarness.ApproverA, reason, _h.Policy, _h.Now));

        Assert.Contains("needs a reason", refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Reject_WithReason_StoresTheReasonAndRejects()
    {
        _h.Request("preflight");

        var step = RunHarness.Ok(_h.Run.Reject("preflight", 1, RunHarness.ApproverA, "  not during business hours ", _h.Policy, _h.Now));

        Assert.Equal(StepState.Rejected, step.State);
        Assert.Equal("not during business hours", step.Outcome);
        var decision = Assert.Single(step.Decisions);
        Assert.Equal((Verdict.Reject, "not during business hours"), (decision.Verdict, decision.Reason));
        Assert.Contains(_h.Run.PendingAudit, e => e is { Action: "step.reject", Actor: "U-a", Detail: "not during business hours" });
    }

    [Fact]
    public void Reject_ByRequesterWhoIsNoApprover_Rejects()
    {
        _h.Request("preflight");
        var requester = new Actor(RunHarness.RequesterId, IsApprover: false);

        var step = RunHarness.Ok(_h.Run.Reject("preflight", 1, requester, "changed my mind", _h.Policy, _h.Now));

        Assert.Equal(StepState.Rejected, step.State);
    }

    /// <summary>
    /// ApprovalDecision promises at most one decision per (step version, user), and the store enforces it with a
    /// unique index; a second decision by the same user must be a refusal, not a constraint violation at save.
    /// </summary>
    [Fact]
    public void Reject_ByRequesterWhoAlreadyApprovedThisVersion_IsRefused()
    {
        var h = new RunHarness(RunHarness.PolicyWith(requesterMayApprove: true));
        h.AdvanceTo("data-cutover");
        h.Request("data-cutover");
        h.Approve("data-cutover", RunHarness.Requester);

        var reason = h.RefusedWithoutChange(() =>
            h.Run.Reject("data-cutover", 1, RunHarness.Requester, "changed my mind", h.Policy, h.Now));

        Assert.Contains("already decided", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reject_ByApproverWhoAlreadyApprovedThisVersion_IsRefused()
    {
        _h.AdvanceTo("data-cutover");
        _h.Request("data-cutover");
        _h.Approve("data-cutover", RunHarness.ApproverA);

        var reason = _h.RefusedWithoutChange(() =>
            _h.Run.Reject("data-cutover", 1, RunHarness.ApproverA, "changed my mind", _h.Policy, _h.Now));

        Assert.Contains("already decided", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reject_ByNonApprover_IsRefused()
    {
        _h.Request("preflight");

        var reason = _h.RefusedWithoutChange(() =>
            _h.Run.Reject("preflight", 1, RunHarness.Outsider, "no", _h.Policy, _h.Now));

        Assert.Contains("not an approver", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reject_ApprovedStep_IsRefused()
    {
        _h.RequestAndApprove("preflight");

        var reason = _h.RefusedWithoutChange(() =>
            _h.Run.Reject("preflight", 1, RunHarness.ApproverB, "too late", _h.Policy, _h.Now));

        Assert.Contains("approved", reason, StringComparison.Ordinal);
    }
}
