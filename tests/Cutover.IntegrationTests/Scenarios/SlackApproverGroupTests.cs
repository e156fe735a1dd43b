namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// Approvers from a Slack user group, through the real host: the approval request mentions the group (and the listed
/// approvers, not the requester who may not approve), and a member of the group who is not listed approves by clicking.
/// </summary>
public sealed class SlackApproverGroupTests : IAsyncLifetime
{
    private const string Channel = "C0GROUPS";
    private const string Requester = "U0REQ";
    private const string Alice = "U0ALICE";
    private const string Carol = "U0CAROL";
    private const string OnCall = "S0ONCALL";

    private CutoverTestHost _app = null!;

    public async Task InitializeAsync() =>
        _app = await CutoverTestHost.Create()
            .WithHeroku()
            .WithSlack(slack =>
            {
                slack.AddChannel(Channel, "migrations");
                foreach (var user in new[] { Requester, Alice, Carol })
                    slack.AddUser(user, user[2..].ToLowerInvariant());
                slack.SetUserGroup(OnCall, Carol);
            })
            .WithSetting("CUTOVER_APPROVERS", $"slack:{Requester} slack:{Alice}")
            .WithSetting("CUTOVER_APPROVER_GROUPS", $"slack-group:{OnCall}")
            .OnLoopback()
            .StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ApprovalRequest_MentionsTheGroupAndAGroupMemberApproves()
    {
        var slack = _app.Slack;
        await slack.SendCommandAsync(_app.Address, Requester, Channel, "plan demo-app to demo-space");
        var root = await slack.WaitForAsync(s => s.RootMessages(Channel) is { Count: > 0 } roots ? roots[0] : null, TimeSpan.FromSeconds(30));
        var request = await slack.WaitForAsync(s => s.Thread(Channel, root.Ts).LastOrDefault(m => m.AllText.Contains("Run step 0: Preflight and plan?", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60));

        Assert.Contains($"<@{Alice}> <!subteam^{OnCall}>", request.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain($"<@{Requester}>", request.AllText, StringComparison.Ordinal);

        await slack.ClickAsync(_app.Address, Carol, request, ActionIds.ApproveStep);
        await slack.WaitForAsync(s => s.Thread(Channel, root.Ts).LastOrDefault(m => m.AllText.Contains("✓ Step 0: Preflight and plan succeeded", StringComparison.Ordinal)),
            TimeSpan.FromSeconds(60));
        var audit = await _app.Services.GetRequiredService<IAuditLog>().ReadAsync(1, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "step.approval-recorded", Actor: "slack:" + Carol, StepId: "preflight" });
    }
}
