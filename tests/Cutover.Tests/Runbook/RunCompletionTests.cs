namespace Cutover.Tests.Runbook;

public class RunCompletionTests
{
    private static readonly IEnumerable<StepDefinition> Sequence = RunbookCatalog.Steps.Where(s => s.InSequence);

    private readonly RunHarness _h = new();

    [Fact]
    public void Run_EveryStepExecuted_Completes()
    {
        foreach (var step in Sequence.SkipLast(1))
        {
            _h.Execute(step.Id);
            Assert.Equal(RunState.InProgress, _h.Run.State);
        }

        _h.Execute("decommission");

        Assert.Equal(RunState.Completed, _h.Run.State);
        Assert.Null(_h.Run.CurrentStep);
        Assert.All(_h.Run.Steps.Where(s => s.Definition.InSequence), s => Assert.Equal(StepState.Succeeded, s.State));
        Assert.Equal(StepState.Planned, _h.Run.RollbackStep!.State);
        Assert.Equal("run.complete", _h.Run.PendingAudit[^1].Action);
    }

    [Fact]
    public void Run_SkippableStepsSkippedOthersExecuted_Completes()
    {
        foreach (var step in Sequence)
        {
            if (step.Skippable)
                _h.Skip(step.Id);
            else
                _h.Execute(step.Id);
        }

        Assert.Equal(RunState.Completed, _h.Run.State);
        Assert.Equal(["preflight", "create-app", "deploy"],
            _h.Run.Steps.Where(s => s.State == StepState.Succeeded).Select(s => s.StepId));
        Assert.Equal(13, _h.Run.Steps.Count(s => s.State == StepState.Skipped));
    }

    [Fact]
    public void Run_LastStepSkipped_Completes()
    {
        _h.AdvanceTo("decommission");

        _h.Skip("decommission");

        Assert.Equal(RunState.Completed, _h.Run.State);
    }

    [Fact]
    public void Run_AfterCompletion_RefusesFurtherChanges()
    {
        foreach (var step in Sequence)
            _h.Execute(step.Id);

        var reason = _h.RefusedWithoutChange(() => _h.Run.Retry("decommission", RunHarness.Requester, _h.Now));
        _h.RefusedWithoutChange(() => _h.Run.Abort(RunHarness.ApproverA, "late", _h.Now));

        Assert.Contains("completed", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_StepStillAwaitingApproval_IsRefused()
    {
        _h.Request("preflight");

        var reason = _h.RefusedWithoutChange(() => _h.Run.Start("preflight", _h.Policy, _h.Now));

        Assert.Contains("waiting for approval", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Succeed_StepNotRunning_IsRefused()
    {
        _h.RequestAndApprove("preflight");

        var reason = _h.RefusedWithoutChange(() => _h.Run.Succeed("preflight", null, _h.Now));

        Assert.Contains("approved and about to run", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fail_StepNotRunning_IsRefused()
    {
        var reason = _h.RefusedWithoutChange(() => _h.Run.Fail("preflight", "boom", _h.Now));

        Assert.Contains("not been put up for approval", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Succeed_RunningStep_KeepsTheNoteAndAdvancesTheCurrentStep()
    {
        _h.RequestAndApprove("preflight");
        RunHarness.Ok(_h.Run.Start("preflight", _h.Policy, _h.Now));

        var step = RunHarness.Ok(_h.Run.Succeed("preflight", "3 add-ons classified", _h.Now));

        Assert.Equal((StepState.Succeeded, "3 add-ons classified"), (step.State, step.Outcome));
        Assert.Equal("maintenance-page", _h.Run.CurrentStep?.StepId);
        Assert.Equal(RunState.InProgress, _h.Run.State);
    }
}
