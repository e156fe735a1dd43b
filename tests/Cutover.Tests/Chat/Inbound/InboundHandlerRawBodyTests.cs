using Cutover.Chat.Inbound;
using static Cutover.Tests.Fakes.InMemoryCutover;

namespace Cutover.Tests.Chat.Inbound;

/// <summary>
/// Rows stored by the version before typed requests (Slack's raw body under <c>command</c>, <c>mention</c>, <c>action</c>,
/// <c>view</c>; Teams' raw activity) are worked after an upgrade: no approval click waiting in the queue is lost.
/// </summary>
public class InboundHandlerRawBodyTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private const string ApprovalTs = "1700000000.5";

    private readonly InMemoryCutover _cutover = new();
    private readonly InMemoryInboundRequests _queue = new();
    private readonly RecordingInboundReplies _slack = new("slack");
    private readonly RecordingInboundReplies _teams = new("teams");

    [Fact]
    public async Task Handle_RawSlashCommand_RepliesInTheChannel()
    {
        await WorkAsync("slack", "command", $"command=%2Fcutover&team_id={Workspace}&channel_id={Channel}&user_id={Requester.Id}&trigger_id=t1&text=help");

        var (_, to, reply) = Assert.Single(_slack.Replies);
        Assert.Equal((Requester, Channel, (string?)null), (to.User, to.Conversation.ChannelId, to.Conversation.ThreadId));
        Assert.Equal(RunMessages.Help().Title, reply?.Title);
    }

    [Fact]
    public async Task Handle_RawMention_IsTheCommandWithoutTheBotsMentionInItsThread()
    {
        var runId = await _cutover.OpenRunAsync();
        var mention = new JsonObject
        {
            ["type"] = "event_callback",
            ["team_id"] = Workspace,
            ["event_id"] = "Ev1",
            ["event"] = new JsonObject
            {
                ["type"] = "app_mention",
                ["user"] = Requester.Id,
                ["text"] = "<@U0CUTOVER> status demo-app",
                ["channel"] = Channel,
                ["ts"] = "1700000001.1",
                ["thread_ts"] = RunThread,
            },
        };

        await WorkAsync("slack", "mention", mention.ToJsonString());

        var (_, to, reply) = Assert.Single(_slack.Replies);
        Assert.Equal((Requester, RunThread), (to.User, to.Conversation.ThreadId));
        Assert.StartsWith($"Run {runId}: demo-app", reply?.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_RawApproveClick_IsDecided()
    {
        var runId = await _cutover.OpenRunAsync();

        await WorkAsync("slack", "action", Click(ActionIds.ApproveStep, new StepActionPayload(runId, StepIds.Preflight, 1)));

        Assert.Equal(StepState.Approved, (await _cutover.StepAsync(runId, StepIds.Preflight)).State);
        Assert.Null(Assert.Single(_slack.Replies).Reply);
    }

    [Fact]
    public async Task Handle_RawRejectClick_AsksForTheReasonAsACommand()
    {
        var runId = await _cutover.OpenRunAsync();
        var payload = new StepActionPayload(runId, StepIds.Preflight, 1);

        await WorkAsync("slack", "action", Click(ActionIds.RejectStep, payload));

        var (_, to, reply) = Assert.Single(_slack.Replies);
        Assert.Equal((ApproverA, RunThread), (to.User, to.Conversation.ThreadId));
        Assert.Equal(RunMessages.RejectByCommand(payload).Text, reply?.Text);
    }

    [Fact]
    public async Task Handle_RawRejectReasonSubmission_RejectsWithTheReason()
    {
        var runId = await _cutover.OpenRunAsync();
        var view = new JsonObject
        {
            ["type"] = "view_submission",
            ["user"] = new JsonObject { ["id"] = ApproverA.Id, ["team_id"] = Workspace },
            ["view"] = new JsonObject
            {
                ["id"] = "V1",
                ["callback_id"] = RejectReasonModal.CallbackId,
                ["private_metadata"] = new JsonObject
                {
                    ["payload"] = JsonNode.Parse(new StepActionPayload(runId, StepIds.Preflight, 1).ToJson()),
                    ["channel"] = Channel,
                    ["ts"] = ApprovalTs,
                }.ToJsonString(),
                ["state"] = new JsonObject
                {
                    ["values"] = new JsonObject
                    {
                        [RejectReasonModal.ReasonBlockId] = new JsonObject { [RejectReasonModal.ReasonActionId] = new JsonObject { ["value"] = " not during the sale " } },
                    },
                },
            },
        };

        await WorkAsync("slack", "view", Form(view));

        var step = await _cutover.StepAsync(runId, StepIds.Preflight);
        Assert.Equal((StepState.Rejected, "not during the sale"), (step.State, step.Outcome));
    }

    [Fact]
    public async Task Handle_RawTeamsMessage_IsTheCommandWithItsReplyForTheThread()
    {
        var activity = new JsonObject
        {
            ["type"] = "message",
            ["id"] = "1767765490001",
            ["channelId"] = "msteams",
            ["serviceUrl"] = "https://smba.trafficmanager.net/emea/",
            ["from"] = new JsonObject { ["id"] = "29:1a-b", ["aadObjectId"] = "8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d" },
            ["recipient"] = new JsonObject { ["id"] = "28:bot" },
            ["conversation"] = new JsonObject { ["id"] = "19:general@thread.tacv2;messageid=1767765488332", ["tenantId"] = "tenant-1" },
            ["text"] = "help",
        };

        await WorkAsync("teams", "activity", activity.ToJsonString());

        var (key, to, reply) = Assert.Single(_teams.Replies);
        Assert.Equal(("teams-key", "teams:8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d"), (key, to.User.Qualified));
        Assert.Equal(("19:general@thread.tacv2", "1767765488332"), (to.Conversation.ChannelId, to.Conversation.ThreadId));
        Assert.Equal(RunMessages.Help().Title, reply?.Title);
    }

    [Fact]
    public async Task Handle_RawTeamsActivityThatAsksNothing_IsDoneWithoutAnswer()
    {
        var typing = """{"type":"typing","id":"1","serviceUrl":"https://smba.trafficmanager.net/emea/","conversation":{"id":"a:chat"}}""";

        await WorkAsync("teams", "activity", typing);

        Assert.Empty(_teams.Replies);
        Assert.Empty(_cutover.Chat.Posts);
    }

    [Fact]
    public async Task Handle_RawSlackBodyUnreadable_ThrowsSoTheWorkerRetries() =>
        await Assert.ThrowsAsync<InvalidOperationException>(() => WorkAsync("slack", "action", "payload=%7Bnot+json"));

    /// <summary>ApproverA's click on the run's approval message, as Slack posts it to the interactions URL.</summary>
    private static string Click(string actionId, StepActionPayload payload) => Form(new JsonObject
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = ApproverA.Id, ["team_id"] = Workspace },
        ["team"] = new JsonObject { ["id"] = Workspace },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = ApprovalTs, ["channel_id"] = Channel, ["thread_ts"] = RunThread },
        ["channel"] = new JsonObject { ["id"] = Channel },
        ["trigger_id"] = "1.T1.trigger",
        ["actions"] = new JsonArray(new JsonObject { ["action_id"] = actionId, ["value"] = payload.ToJson(), ["action_ts"] = "1700000002.1" }),
    });

    private static string Form(JsonObject payload) => "payload=" + WebUtility.UrlEncode(payload.ToJsonString());

    private async Task WorkAsync(string channel, string kind, string body)
    {
        Assert.True(await _queue.EnqueueAsync(new InboundRequestData($"{channel}-key", channel, kind, body), _cutover.Clock.GetUtcNow(), None));
        var item = await _queue.LeaseNextAsync(_cutover.Clock.GetUtcNow(), TimeSpan.FromMinutes(2), None);
        await new InboundHandler(_cutover.Commands(), _cutover.Chat, [_slack, _teams], new InMemoryPeopleDirectory()).HandleAsync(item!, None);
    }
}
