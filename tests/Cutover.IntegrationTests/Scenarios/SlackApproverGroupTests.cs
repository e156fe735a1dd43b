namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// Approvers from a Slack user group, through the real host: the approval request mentions the group (and the listed
/// approvers, not the requester who may not approve), and a member of the group who is not listed approves by clicking.
/// </summary>
public sealed class SlackApproverGroupTests : SlackHost
{
    private const string OnCall = "S0ONCALL";

    protected override CutoverTestHostBuilder Approvers(CutoverTestHostBuilder host) =>
        host.WithSetting("CUTOVER_APPROVERS", $"slack:{Requester} slack:{Alice}").WithSetting("CUTOVER_APPROVER_GROUPS", $"slack-group:{OnCall}");

    protected override void PrepareSlack(FakeSlack slack) => slack.SetUserGroup(OnCall, Bob);

    [Fact]
    public async Task ApprovalRequest_MentionsTheGroupAndAGroupMemberApproves()
    {
        var (root, request) = await PlanDemoAppAsync();

        Assert.Contains($"<!subteam^{OnCall}>", request.AllText, StringComparison.Ordinal);
        Assert.Contains($"@{Alice}", request.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain($"@{Requester}", request.AllText, StringComparison.Ordinal);

        await Slack.ClickAsync(Bot, Bob, request, ActionIds.ApproveStep);
        await WaitForMessageAsync(root.Ts, "✓ Step 0: Preflight and plan succeeded");
        var audit = await App.Services.GetRequiredService<IAuditLog>().ReadAsync(1, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "step.approval-recorded", Actor: "slack:" + Bob, StepId: "preflight" });
    }
}
