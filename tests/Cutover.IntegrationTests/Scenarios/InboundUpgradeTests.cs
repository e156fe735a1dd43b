namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// A request stored by the version before typed inbound requests (Slack's raw body under its old kind) is still worked by
/// the upgraded host, so an approval click waiting in the queue across a deploy is not lost.
/// </summary>
public sealed class InboundUpgradeTests : SlackHost
{
    [Fact]
    public async Task ApproveClick_StoredRawByThePreviousVersion_IsWorkedAfterTheUpgrade()
    {
        await Slack.SendCommandAsync(Bot, Requester, Channel, "plan demo-app to demo-space");
        var root = await RootAsync();
        var request = await WaitForMessageAsync(root.Ts, "Run step 0: Preflight and plan?");
        // Alice's click as the previous version stored it: the interactions URL's form body, as Slack sent it, kind "action".
        var click = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = Alice, ["team_id"] = FakeSlack.TeamId },
            ["team"] = new JsonObject { ["id"] = FakeSlack.TeamId },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = request.Ts, ["channel_id"] = Channel, ["thread_ts"] = root.Ts },
            ["channel"] = new JsonObject { ["id"] = Channel },
            ["trigger_id"] = "1.T0CUTOVER.before-the-upgrade",
            ["actions"] = new JsonArray(new JsonObject
            {
                ["action_id"] = ActionIds.ApproveStep,
                ["value"] = request.ButtonValue(ActionIds.ApproveStep),
                ["action_ts"] = "1700000099.000100",
            }),
        };
        var stored = new InboundRequestData("slack:action:before-the-upgrade", "slack", "action", "payload=" + WebUtility.UrlEncode(click.ToJsonString()));
        var requests = App.Services.GetRequiredService<IInboundRequests>();

        Assert.True(await requests.EnqueueAsync(stored, App.Services.GetRequiredService<TimeProvider>().GetUtcNow(), CancellationToken.None));

        await WaitForMessageAsync(root.Ts, "✓ Step 0: Preflight and plan succeeded");
        Assert.Contains($"approved by <@{Alice}>", Slack.Message(Channel, request.Ts)!.AllText, StringComparison.Ordinal);
        Assert.True(await requests.IsCompletedAsync(stored.Key, CancellationToken.None));
    }
}
