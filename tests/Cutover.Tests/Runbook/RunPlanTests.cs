namespace Cutover.Tests.Runbook;

public class RunPlanTests
{
    private readonly RunHarness _h = new();

    [Fact]
    public void Plan_NewRun_HasEveryCatalogueStepPlannedInOrder()
    {
        var run = _h.Run;

        Assert.Equal(17, run.Steps.Count);
        Assert.Equal(RunbookCatalog.Steps.Select(d => d.Id), run.Steps.Select(s => s.StepId));
        Assert.Equal(Enumerable.Range(0, 17), run.Steps.Select(s => s.Number));
        Assert.Equal(["rollback"], run.Steps.Where(s => !s.Definition.InSequence).Select(s => s.StepId));
        Assert.All(run.Steps, s => Assert.Equal((StepState.Planned, 0), (s.State, s.Version)));
        Assert.Equal(RunState.Planned, run.State);
        Assert.Equal("preflight", run.CurrentStep?.StepId);
    }

    [Fact]
    public void Plan_NewRun_RecordsOnePlannedAuditEvent()
    {
        var audit = Assert.Single(_h.Run.PendingAudit);

        Assert.Equal(("U-req", "run.planned", "Planned"), (audit.Actor, audit.Action, audit.After));
        Assert.Equal(RunHarness.PlannedAt, audit.At);
        Assert.Contains("legacy-app", audit.Detail, StringComparison.Ordinal);
        Assert.Contains("eu-space", audit.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Plan_CutoverTimeWithOffset_IsStoredInUtc()
    {
        var at = new DateTimeOffset(2026, 3, 10, 19, 0, 0, TimeSpan.FromHours(1));

        var run = Run.Plan("legacy-app", "eu-space", at, RunHarness.RequesterId, RunHarness.Thread(), RunHarness.PlannedAt);

        Assert.Equal(new DateTimeOffset(2026, 3, 10, 18, 0, 0, TimeSpan.Zero), run.CutoverAt);
        Assert.Equal(TimeSpan.Zero, run.CutoverAt!.Value.Offset);
    }

    [Fact]
    public void RequestApproval_CurrentStep_AwaitsApprovalAsVersionOne()
    {
        var step = _h.Request("preflight");

        Assert.Equal((StepState.AwaitingApproval, 1, StepIntent.Execute), (step.State, step.Version, step.Intent));
        Assert.Contains(_h.Run.PendingAudit, e => e is { Action: "step.request-approval", StepId: "preflight", StepVersion: 1 });
    }

    [Fact]
    public void RequestApproval_FirstRequest_MovesRunFromPlannedToInProgress()
    {
        _h.Request("preflight");

        Assert.Equal(RunState.InProgress, _h.Run.State);
        Assert.Contains(_h.Run.PendingAudit, e => e is { Action: "run.start", Before: "Planned", After: "InProgress" });
    }

    [Fact]
    public void RequestApproval_ByCutoverItselfForTheNextStep_IsAllowed()
    {
        _h.Execute("preflight");

        var step = RunHarness.Ok(_h.Run.RequestApproval("maintenance-page", Actor.System, _h.Now));

        Assert.Equal((StepState.AwaitingApproval, 1), (step.State, step.Version));
    }

    [Theory]
    [InlineData("maintenance-page")]
    [InlineData("deploy")]
    [InlineData("decommission")]
    public void RequestApproval_LaterStep_IsRefusedNamingTheBlockingStep(string later)
    {
        var reason = _h.RefusedWithoutChange(() => _h.Run.RequestApproval(later, RunHarness.Requester, _h.Now));

        Assert.Contains(later, reason, StringComparison.Ordinal);
        Assert.Contains("0 (preflight) must succeed", reason, StringComparison.Ordinal);
        Assert.Equal(RunState.Planned, _h.Run.State);
    }

    [Fact]
    public void RequestApproval_StepAlreadyDone_IsRefusedSayingSo()
    {
        _h.Execute("preflight");

        var reason = _h.RefusedWithoutChange(() => _h.Run.RequestApproval("preflight", RunHarness.Requester, _h.Now));

        Assert.Contains("already succeeded", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void RequestApproval_StepAlreadyAwaiting_IsRefusedWithoutNewVersion()
    {
        _h.Request("preflight");

        var reason = _h.RefusedWithoutChange(() => _h.Run.RequestApproval("preflight", RunHarness.Requester, _h.Now));

        Assert.Contains("waiting for approval", reason, StringComparison.Ordinal);
        Assert.Equal(1, _h.Step("preflight").Version);
    }

    [Fact]
    public void RequestApproval_UnknownStep_IsRefusedListingTheSteps()
    {
        var reason = _h.RefusedWithoutChange(() => _h.Run.RequestApproval("migrate-db", RunHarness.Requester, _h.Now));

        Assert.Contains("migrate-db", reason, StringComparison.Ordinal);
        Assert.Contains("9 data-cutover", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void FindStep_IdInOtherCase_FindsTheStep() =>
        Assert.Equal("deploy", _h.Run.FindStep("DEPLOY")?.StepId);
}
