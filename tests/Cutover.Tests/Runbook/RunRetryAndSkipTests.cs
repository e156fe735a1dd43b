namespace Cutover.Tests.Runbook;

public class RunRetryAndSkipTests
{
    private readonly RunHarness _h = new();

    [Fact]
    public void Retry_AfterFailure_BumpsVersionAndAwaitsNewApproval()
    {
        FailPreflight();

        var step = RunHarness.Ok(_h.Run.Retry("preflight", RunHarness.Requester, _h.Now));

        Assert.Equal((StepState.AwaitingApproval, 2, StepIntent.Execute), (step.State, step.Version, step.Intent));
        Assert.Empty(step.CurrentDecisions);
        Assert.Contains(_h.Run.PendingAudit, e => e is { Action: "step.retry", StepVersion: 2, Before: "Failed" });
    }

    [Fact]
    public void Retry_AfterRejection_BumpsVersionAndAwaitsNewApproval()
    {
        _h.Request("preflight");
        RunHarness.Ok(_h.Run.Reject("preflight", 1, RunHarness.ApproverA, "not yet", _h.Policy, _h.Now));

        var step = RunHarness.Ok(_h.Run.Retry("preflight", RunHarness.ApproverA, _h.Now));

        Assert.Equal((StepState.AwaitingApproval, 2), (step.State, step.Version));
    }

    [Fact]
    public void Retry_ApprovalsOfOldVersion_DoNotCountForTheNewOne()
    {
        FailPreflight();
        RunHarness.Ok(_h.Run.Retry("preflight", RunHarness.Requester, _h.Now));

        Assert.Empty(_h.Step("preflight").LiveApprovals(_h.Policy.Expiry, _h.Now));
        _h.RefusedWithoutChange(() => _h.Run.Start("preflight", _h.Policy, _h.Now));
        var again = _h.Approve("preflight", RunHarness.ApproverA);
        Assert.Equal((1, StepState.Approved), (again.Have, again.Step.State));
        Assert.Equal(2, again.Step.Decisions.Count(d => d is { UserId: "U-a", Verdict: Verdict.Approve }));
    }

    [Fact]
    public void Retry_StepThatHasNotFailed_IsRefused()
    {
        _h.Request("preflight");

        var reason = _h.RefusedWithoutChange(() => _h.Run.Retry("preflight", RunHarness.Requester, _h.Now));

        Assert.Contains("waiting for approval", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Retry_ByOutsider_IsRefused()
    {
        FailPreflight();

        var reason = _h.RefusedWithoutChange(() => _h.Run.Retry("preflight", RunHarness.Outsider, _h.Now));

        Assert.Contains("Only the requester or an approver", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestSkip_Approved_EndsSkippedAndMovesToTheNextStep()
    {
        _h.Execute("preflight");

        var step = _h.Skip("maintenance-page");

        Assert.Equal((StepState.Skipped, StepIntent.Skip, 1), (step.State, step.Intent, step.Version));
        Assert.Equal("dns-ttl", _h.Run.CurrentStep?.StepId);
        Assert.Contains(_h.Run.PendingAudit, e => e is { Action: "step.approve-skip", After: "Skipped" });
    }

    [Theory]
    [InlineData("data-cutover")]
    [InlineData("decommission")]
    public void RequestSkip_DestructiveStep_NeedsTheDestructiveQuorum(string stepId)
    {
        _h.AdvanceTo(stepId);
        RunHarness.Ok(_h.Run.RequestSkip(stepId, RunHarness.Requester, _h.Now, "done by hand"));

        var first = _h.Approve(stepId, RunHarness.ApproverA);
        var afterOne = first.Step.State;
        var second = _h.Approve(stepId, RunHarness.ApproverB);

        Assert.Equal((1, 2, StepState.AwaitingApproval), (first.Have, first.Need, afterOne));
        Assert.Equal(StepState.Skipped, second.Step.State);
    }

    [Fact]
    public void RequestSkip_BeforeApproval_WaitsAndCannotStart()
    {
        _h.Execute("preflight");

        var step = RunHarness.Ok(_h.Run.RequestSkip("maintenance-page", RunHarness.Requester, _h.Now));

        Assert.Equal((StepState.AwaitingApproval, StepIntent.Skip), (step.State, step.Intent));
        _h.RefusedWithoutChange(() => _h.Run.Start("maintenance-page", _h.Policy, _h.Now));
        _h.RefusedWithoutChange(() => _h.Run.RequestSkip("maintenance-page", RunHarness.Requester, _h.Now));
    }

    [Fact]
    public void RequestSkip_AfterFailure_SkipsOnceApproved()
    {
        _h.Execute("preflight");
        _h.RequestAndApprove("maintenance-page");
        RunHarness.Ok(_h.Run.Start("maintenance-page", _h.Policy, _h.Now));
        RunHarness.Ok(_h.Run.Fail("maintenance-page", "Heroku said 503", _h.Now));

        var step = _h.Skip("maintenance-page");

        Assert.Equal((StepState.Skipped, 2), (step.State, step.Version));
    }

    [Theory]
    [InlineData("preflight")]
    [InlineData("create-app")]
    [InlineData("deploy")]
    public void RequestSkip_NonSkippableCurrentStep_IsRefused(string stepId)
    {
        _h.AdvanceTo(stepId);

        var reason = _h.RefusedWithoutChange(() => _h.Run.RequestSkip(stepId, RunHarness.Requester, _h.Now));

        Assert.Contains("cannot be skipped", reason, StringComparison.Ordinal);
        Assert.Contains(stepId, reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestSkip_ByOutsider_IsRefused()
    {
        _h.Execute("preflight");

        var reason = _h.RefusedWithoutChange(() => _h.Run.RequestSkip("maintenance-page", RunHarness.Outsider, _h.Now));

        Assert.Contains("Only the requester or an approver", reason, StringComparison.Ordinal);
    }

    private void FailPreflight()
    {
        _h.RequestAndApprove("preflight");
        RunHarness.Ok(_h.Run.Start("preflight", _h.Policy, _h.Now));
        var failed = RunHarness.Ok(_h.Run.Fail("preflight", "space not allocated", _h.Now));
        Assert.Equal((StepState.Failed, "space not allocated"), (failed.State, failed.Outcome));
    }
}
