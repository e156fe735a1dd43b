namespace Cutover.Tests.Runbook;

public class RunRollbackTests
{
    private readonly RunHarness _h = new();

    [Fact]
    public void RequestRollback_NothingChangedYet_IsRefusedPointingAtAbort()
    {
        _h.Execute("preflight");

        var reason = _h.RefusedWithoutChange(() => _h.Run.RequestRollback(RunHarness.ApproverA, _h.Now));

        Assert.Contains("abort", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollback_AfterDataCutover_NeedsTwoApproversRunsFirstAndEndsTheRunRolledBack()
    {
        _h.AdvanceTo("domains");
        _h.Request("domains");

        var rollback = RunHarness.Ok(_h.Run.RequestRollback(RunHarness.ApproverA, _h.Now));
        Assert.Equal((StepState.AwaitingApproval, 1), (rollback.State, rollback.Version));
        Assert.Contains(_h.Run.PendingAudit, e => e is { Action: "step.request-approval", StepId: "rollback" }
                                                   && e.Detail!.Contains("point of no return", StringComparison.Ordinal));

        // The sequence waits while the rollback is pending.
        var blocked = _h.RefusedWithoutChange(() => _h.Run.Approve("domains", _h.Step("domains").Version, RunHarness.ApproverB, _h.Policy, _h.Now));
        Assert.Contains("rollback", blocked, StringComparison.Ordinal);

        Assert.False(_h.Approve("rollback", RunHarness.ApproverA).QuorumReached);
        Assert.True(_h.Approve("rollback", RunHarness.ApproverB).QuorumReached);
        Assert.Same(rollback, _h.Run.StepToExecute);
        RunHarness.Ok(_h.Run.Start("rollback", _h.Policy, _h.Now));
        RunHarness.Ok(_h.Run.Succeed("rollback", "domains back", _h.Now));

        Assert.Equal(RunState.RolledBack, _h.Run.State);
        Assert.False(_h.Run.IsActive);
        Assert.Equal(StepState.Aborted, _h.Step("domains").State);
        Assert.Equal(StepState.Succeeded, _h.Step("data-cutover").State);
        Assert.Contains(_h.Run.PendingAudit, e => e is { Action: "run.roll-back", After: "RolledBack" });
    }

    [Fact]
    public void RequestRollback_WhileAStepIsRunning_IsRefused()
    {
        _h.AdvanceTo("deploy");
        _h.RequestAndApprove("deploy");
        RunHarness.Ok(_h.Run.Start("deploy", _h.Policy, _h.Now));

        var reason = _h.RefusedWithoutChange(() => _h.Run.RequestRollback(RunHarness.ApproverA, _h.Now));

        Assert.Contains("running", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rollback_Failed_CanBeRetriedAsANewVersion()
    {
        _h.AdvanceTo("scale");
        _h.Run.RequestRollback(RunHarness.ApproverA, _h.Now);
        _h.Approve("rollback", RunHarness.ApproverA);
        _h.Approve("rollback", RunHarness.ApproverB);
        RunHarness.Ok(_h.Run.Start("rollback", _h.Policy, _h.Now));
        RunHarness.Ok(_h.Run.Fail("rollback", "503 from Heroku", _h.Now));

        var retried = RunHarness.Ok(_h.Run.Retry("rollback", RunHarness.ApproverA, _h.Now));

        Assert.Equal((StepState.AwaitingApproval, 2), (retried.State, retried.Version));
        Assert.Equal(RunState.InProgress, _h.Run.State);
    }

    [Fact]
    public void RequestRollback_ByOutsider_IsRefused()
    {
        _h.AdvanceTo("create-app");

        _h.RefusedWithoutChange(() => _h.Run.RequestRollback(RunHarness.Outsider, _h.Now));
    }

    [Fact]
    public void Abort_AfterPointOfNoReturn_SuggestsRollback()
    {
        _h.AdvanceTo("domains");

        var reason = _h.RefusedWithoutChange(() => _h.Run.Abort(RunHarness.ApproverA, "late", _h.Now));

        Assert.Contains("rollback", reason, StringComparison.Ordinal);
    }
}
