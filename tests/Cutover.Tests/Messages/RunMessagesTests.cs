namespace Cutover.Tests.Messages;

public class RunMessagesTests
{
    private readonly RunHarness _h = new();

    [Fact]
    public void ApprovalRequest_OrdinaryStep_CarriesApproveAndRejectWithVersionedPayload()
    {
        var step = _h.Request("preflight");

        var message = RunMessages.ApprovalRequest(_h.Run, step, _h.Policy);

        Assert.Equal([ActionIds.ApproveStep, ActionIds.RejectStep], message.Actions.Select(a => a.ActionId));
        Assert.Equal(["runbook.approve-step", "runbook.reject-step"], message.Actions.Select(a => a.ActionId));
        Assert.All(message.Actions, a => Assert.Equal(new StepActionPayload(_h.Run.Id, "preflight", 1), a.Payload));
        Assert.All(message.Actions, a => Assert.Null(a.Confirm));
        Assert.Equal((ActionStyle.Primary, ActionStyle.Danger), (message.Actions[0].Style, message.Actions[1].Style));
        Assert.Equal(MessageStatus.Pending, message.Status);
        Assert.Contains(new MessageField("Approvals needed", "1"), message.Fields);
        Assert.Contains(new MessageField("Version", "1"), message.Fields);
    }

    [Fact]
    public void ApprovalRequest_ReissuedStep_CarriesTheNewVersion()
    {
        _h.Request("preflight");
        RunHarness.Ok(_h.Run.Reject("preflight", 1, RunHarness.ApproverA, "not now", _h.Policy, _h.Now));
        var step = RunHarness.Ok(_h.Run.Retry("preflight", RunHarness.Requester, _h.Now));

        var message = RunMessages.ApprovalRequest(_h.Run, step, _h.Policy);

        Assert.All(message.Actions, a => Assert.Equal(2, a.Payload.StepVersion));
    }

    [Theory]
    [InlineData("data-cutover")]
    [InlineData("decommission")]
    public void ApprovalRequest_DestructiveStep_AsksForConfirmationNamingTheQuorum(string stepId)
    {
        _h.AdvanceTo(stepId);
        var step = _h.Request(stepId);

        var message = RunMessages.ApprovalRequest(_h.Run, step, _h.Policy);

        var confirm = Assert.IsType<ConfirmPrompt>(message.Actions.Single(a => a.ActionId == ActionIds.ApproveStep).Confirm);
        Assert.Contains("destructive", confirm.Text, StringComparison.Ordinal);
        Assert.Contains("2 distinct approvers", confirm.Text, StringComparison.Ordinal);
        Assert.Contains(new MessageField("Approvals needed", "2"), message.Fields);
        Assert.Equal(new StepActionPayload(_h.Run.Id, stepId, 1), message.Actions[0].Payload);
    }

    [Theory]
    [InlineData("maintenance-page")]
    [InlineData("maintenance-on")]
    [InlineData("go-live")]
    public void ApprovalRequest_NonDestructiveStep_HasNoConfirmation(string stepId)
    {
        _h.AdvanceTo(stepId);
        var step = _h.Request(stepId);

        var message = RunMessages.ApprovalRequest(_h.Run, step, _h.Policy);

        Assert.All(message.Actions, a => Assert.Null(a.Confirm));
    }

    [Fact]
    public void ApprovalRequest_SkipOfStep_IsTitledAsSkip()
    {
        _h.Execute("preflight");
        var step = RunHarness.Ok(_h.Run.RequestSkip("maintenance-page", RunHarness.Requester, _h.Now));

        var message = RunMessages.ApprovalRequest(_h.Run, step, _h.Policy);

        Assert.StartsWith("Skip step 1:", message.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Decided_RejectedStep_ShowsWhoDecidedWhenAndWhy()
    {
        _h.Request("preflight");
        var step = RunHarness.Ok(_h.Run.Reject("preflight", 1, RunHarness.ApproverA, "freeze week", _h.Policy, _h.Now));

        var message = RunMessages.Decided(_h.Run, step);

        Assert.Equal(MessageStatus.Failure, message.Status);
        Assert.Empty(message.Actions);
        Assert.Contains(new MessageField("Decisions", "rejected by U-a at 2026-03-02 09:00 UTC: freeze week"), message.Fields);
    }
}
