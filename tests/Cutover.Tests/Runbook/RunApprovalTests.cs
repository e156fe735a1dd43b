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

    /// <summary>Decisions on preflight version 1, just put up for approval, that must be refused.</summary>
    public static TheoryData<string, Verdict, int, Actor, string, string[]> RefusedOnRequestedStep => new()
    {
        { "approve by the requester", Verdict.Approve, 1, RunHarness.Requester, "", ["You requested run", "another approver"] },
        { "approve by a non-approver", Verdict.Approve, 1, RunHarness.Outsider, "", ["not an approver"] },
        { "approve a version above the current", Verdict.Approve, 2, RunHarness.ApproverA, "", ["no version 2", "version 1"] },
        { "reject by a non-approver", Verdict.Reject, 1, RunHarness.Outsider, "no", ["not an approver"] },
        { "reject with an empty reason", Verdict.Reject, 1, RunHarness.ApproverA, "", ["needs a reason"] },
        { "reject with a blank reason", Verdict.Reject, 1, RunHarness.ApproverA, "   ", ["needs a reason"] },
        { "reject with only a tab and a newline", Verdict.Reject, 1, RunHarness.ApproverA, "\t\n", ["needs a reason"] },
    };

    /// <summary>
    /// Second decisions by one person on one step version; ApprovalDecision promises at most one decision per
    /// (step version, user), and the store enforces it with a unique index, so each must be a refusal, not a
    /// constraint violation at save.
    /// </summary>
    public static TheoryData<string, bool, Actor, Verdict, string, string[]> RefusedSecondDecision => new()
    {
        { "approver approves twice", false, RunHarness.ApproverA, Verdict.Approve, "", ["already approved", "different approver"] },
        { "approver rejects after approving", false, RunHarness.ApproverA, Verdict.Reject, "changed my mind", ["already decided"] },
        { "requester who may approve rejects after approving", true, RunHarness.Requester, Verdict.Reject, "changed my mind", ["already decided"] },
    };

    [Theory]
    [MemberData(nameof(RefusedOnRequestedStep))]
    public void Decide_RequestedStep_IsRefusedSayingWhy(string row, Verdict verdict, int version, Actor who, string rejection, string[] expected)
    {
        _h.Request("preflight");

        var reason = _h.RefusedDecision("preflight", version, who, verdict, rejection);

        RunHarness.Mentions(row, reason, expected);
    }

    [Theory]
    [InlineData("step approved, not yet started", false)]
    [InlineData("step ran and succeeded", true)]
    public void Approve_RedeliveredAfterItTookEffect_SaysItWasAlreadyApplied(string row, bool ran)
    {
        _h.RequestAndApprove("preflight");
        if (ran)
        {
            RunHarness.Ok(_h.Run.Start("preflight", _h.Policy, _h.Now));
            RunHarness.Ok(_h.Run.Succeed("preflight", "done", _h.Now));
        }

        var reason = _h.RefusedDecision("preflight", 1, RunHarness.ApproverA);

        RunHarness.Mentions(row, reason, "Your approval of step 0 (preflight) v1 was already applied at", "nothing more to do");
    }

    [Fact]
    public void Approve_RedeliveredAfterTheRunEnded_SaysItWasAlreadyApplied()
    {
        _h.AdvanceTo("decommission");
        _h.Execute("decommission");
        Assert.False(_h.Run.IsActive);

        var reason = _h.RefusedDecision("decommission", 1, RunHarness.ApproverB);

        RunHarness.Mentions("completed run", reason, "Your approval of step 15 (decommission) v1 was already applied");
    }

    [Fact]
    public void Reject_RedeliveredAfterItTookEffect_SaysItWasAlreadyApplied()
    {
        _h.Request("preflight");
        RunHarness.Ok(_h.Run.Reject("preflight", 1, RunHarness.ApproverA, "not today", _h.Policy, _h.Now));

        var reason = _h.RefusedDecision("preflight", 1, RunHarness.ApproverA, Verdict.Reject, "not today");

        RunHarness.Mentions("rejection", reason, "Your rejection of step 0 (preflight) v1 was already applied");
    }

    [Fact]
    public void Approve_ByRequesterWhenPolicyAllowsIt_Approves()
    {
        var h = new RunHarness(RunHarness.PolicyWith(requesterMayApprove: true));
        h.Request("preflight");

        var progress = h.Approve("preflight", RunHarness.Requester);

        Assert.Equal(StepState.Approved, progress.Step.State);
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

    [Theory]
    [MemberData(nameof(RefusedSecondDecision))]
    public void Decide_SecondTimeOnTheSameVersion_IsRefused(string row, bool requesterMayApprove, Actor who, Verdict verdict, string rejection, string[] expected)
    {
        var h = new RunHarness(RunHarness.PolicyWith(requesterMayApprove));
        h.AdvanceTo("data-cutover");
        h.Request("data-cutover");
        h.Approve("data-cutover", who);

        var reason = h.RefusedDecision("data-cutover", 1, who, verdict, rejection);

        RunHarness.Mentions(row, reason, expected);
    }

    [Fact]
    public void Approve_StaleVersion_IsRefusedMentioningBothVersions()
    {
        _h.Request("preflight");
        RunHarness.Ok(_h.Run.Reject("preflight", 1, RunHarness.ApproverA, "wrong window", _h.Policy, _h.Now));
        RunHarness.Ok(_h.Run.Retry("preflight", RunHarness.Requester, _h.Now));

        var reason = _h.RefusedDecision("preflight", 1, RunHarness.ApproverB);

        Assert.Contains("version 1", reason, StringComparison.Ordinal);
        Assert.Contains("version 2", reason, StringComparison.Ordinal);
        Assert.Contains("latest request", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_StepNotPutUpForApproval_IsRefused()
    {
        var reason = _h.RefusedDecision("preflight", 0, RunHarness.ApproverA);

        Assert.Contains("not been put up for approval", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_NoApproversConfigured_IsRefusedNamingTheSetting()
    {
        var h = new RunHarness(new ApprovalPolicy());
        h.Request("preflight");

        var reason = h.RefusedDecision("preflight", 1, RunHarness.ApproverA);

        Assert.Contains("CUTOVER_APPROVERS", reason, StringComparison.Ordinal);
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

    [Fact]
    public void Reject_ApprovedStep_IsRefused()
    {
        _h.RequestAndApprove("preflight");

        var reason = _h.RefusedDecision("preflight", 1, RunHarness.ApproverB, Verdict.Reject, "too late");

        Assert.Contains("approved", reason, StringComparison.Ordinal);
    }
}
