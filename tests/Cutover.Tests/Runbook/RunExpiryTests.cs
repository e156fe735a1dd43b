namespace Cutover.Tests.Runbook;

public class RunExpiryTests
{
    private static readonly TimeSpan DefaultExpiry = TimeSpan.FromHours(24);

    private readonly RunHarness _h = new();

    [Fact]
    public void Policy_Default_ExpiresApprovalsAfter24Hours() =>
        Assert.Equal(DefaultExpiry, new ApprovalPolicy().Expiry);

    [Fact]
    public void Start_AfterApprovalsLapsed_IsRefusedAndReissuesTheStep()
    {
        _h.RequestAndApprove("preflight");
        _h.Clock.Advance(DefaultExpiry + TimeSpan.FromSeconds(1));
        var auditBefore = _h.Run.PendingAudit.Count;

        var result = _h.Run.Start("preflight", _h.Policy, _h.Now);

        Assert.True(result.IsRefused);
        Assert.Contains("lapsed", result.Refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("v2", result.Refusal.Reason, StringComparison.Ordinal);
        var step = _h.Step("preflight");
        Assert.Equal((StepState.AwaitingApproval, 2, StepIntent.Execute), (step.State, step.Version, step.Intent));
        var expiry = Assert.Single(_h.Run.PendingAudit.Skip(auditBefore));
        Assert.Equal(("step.expire", "cutover", 2, "Approved", "AwaitingApproval"),
            (expiry.Action, expiry.Actor, expiry.StepVersion, expiry.Before, expiry.After));
    }

    [Fact]
    public void Start_JustBeforeApprovalsLapse_Runs()
    {
        _h.RequestAndApprove("preflight");
        _h.Clock.Advance(DefaultExpiry - TimeSpan.FromSeconds(1));

        var step = RunHarness.Ok(_h.Run.Start("preflight", _h.Policy, _h.Now));

        Assert.Equal((StepState.Running, 1), (step.State, step.Version));
    }

    [Fact]
    public void Approve_StaleClickAfterExpiry_IsRefused()
    {
        _h.RequestAndApprove("preflight");
        _h.Clock.Advance(DefaultExpiry + TimeSpan.FromSeconds(1));
        Assert.True(_h.Run.Start("preflight", _h.Policy, _h.Now).IsRefused);

        var reason = _h.RefusedDecision("preflight", 1, RunHarness.ApproverB);

        Assert.Contains("version 1", reason, StringComparison.Ordinal);
        Assert.Contains("version 2", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Approve_SecondApprovalAfterFirstLapsed_IsRefusedAndOnlyTheExpiryIsRecorded()
    {
        _h.AdvanceTo("data-cutover");
        _h.Request("data-cutover");
        _h.Approve("data-cutover", RunHarness.ApproverA);
        _h.Clock.Advance(DefaultExpiry + TimeSpan.FromMinutes(5));
        var auditBefore = _h.Run.PendingAudit.Count;

        var result = _h.Run.Approve("data-cutover", 1, RunHarness.ApproverB, _h.Policy, _h.Now);

        Assert.True(result.IsRefused);
        var step = _h.Step("data-cutover");
        Assert.Equal((StepState.AwaitingApproval, 2), (step.State, step.Version));
        Assert.DoesNotContain(step.Decisions, d => d.UserId == "U-b");
        Assert.Equal(["step.expire"], _h.Run.PendingAudit.Skip(auditBefore).Select(e => e.Action));
    }

    [Fact]
    public void ExpireApprovals_BeforeDue_IsRefusedWithoutChange()
    {
        _h.RequestAndApprove("preflight");
        _h.Clock.Advance(TimeSpan.FromHours(23));

        var reason = _h.RefusedWithoutChange(() => _h.Run.ExpireApprovals("preflight", 1, _h.Policy, _h.Now));

        Assert.Contains("has lapsed yet", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpireApprovals_WhenDue_ReissuesTheStepAsTheNextVersion()
    {
        _h.RequestAndApprove("preflight");
        _h.Clock.Advance(DefaultExpiry);

        var step = RunHarness.Ok(_h.Run.ExpireApprovals("preflight", 1, _h.Policy, _h.Now));

        Assert.Equal((StepState.AwaitingApproval, 2), (step.State, step.Version));
        Assert.Contains(_h.Run.PendingAudit, e => e is { Action: "step.expire", StepVersion: 2 });
    }

    [Fact]
    public void ExpireApprovals_ShorterPolicyExpiry_LapsesSooner()
    {
        var h = new RunHarness(RunHarness.PolicyWith() with { Expiry = TimeSpan.FromHours(1) });
        h.RequestAndApprove("preflight");
        h.Clock.Advance(TimeSpan.FromMinutes(61));

        var step = RunHarness.Ok(h.Run.ExpireApprovals("preflight", 1, h.Policy, h.Now));

        Assert.Equal(2, step.Version);
    }

    [Fact]
    public void ExpireApprovals_OtherVersion_IsRefused()
    {
        _h.RequestAndApprove("preflight");
        _h.Clock.Advance(DefaultExpiry * 2);

        var reason = _h.RefusedWithoutChange(() => _h.Run.ExpireApprovals("preflight", 3, _h.Policy, _h.Now));

        Assert.Contains("version 1, not 3", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ExpireApprovals_StepAlreadyRunning_IsRefused()
    {
        _h.RequestAndApprove("preflight");
        RunHarness.Ok(_h.Run.Start("preflight", _h.Policy, _h.Now));
        _h.Clock.Advance(DefaultExpiry * 2);

        _h.RefusedWithoutChange(() => _h.Run.ExpireApprovals("preflight", 1, _h.Policy, _h.Now));

        Assert.Equal(StepState.Running, _h.Step("preflight").State);
    }
}
