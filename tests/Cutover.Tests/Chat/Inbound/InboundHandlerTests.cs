using Cutover.Chat.Inbound;
using static Cutover.Tests.Fakes.InMemoryCutover;

namespace Cutover.Tests.Chat.Inbound;

/// <summary>A stored request worked by <see cref="InboundHandler"/> over the in-memory ports: Core decides, the platform replies.</summary>
public class InboundHandlerTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly ConversationReference RunsThread = new(ChatChannel.Slack, Channel, RunThread, null, Workspace);

    private readonly InMemoryCutover _cutover = new();
    private readonly InMemoryInboundRequests _queue = new();
    private readonly RecordingInboundReplies _slack = new("slack");
    private readonly RecordingInboundReplies _teams = new("teams");
    private readonly InMemoryPeopleDirectory _people = new();

    [Fact]
    public async Task Handle_Command_RepliesPrivatelyToTheUserWhereTheyTyped()
    {
        var where = new ConversationReference(ChatChannel.Slack, Channel, null, null, Workspace);

        await WorkAsync("slack:command:t1", new InboundCommand(where, Requester, "help"));

        var (key, to, reply) = Assert.Single(_slack.Replies);
        Assert.Equal(("slack:command:t1", Requester, Channel), (key, to.User, to.Conversation.ChannelId));
        Assert.Equal(RunMessages.Help().Title, reply?.Title);
        Assert.Empty(_cutover.Chat.Posts);
    }

    [Fact]
    public async Task Handle_ApproveClick_DecidesAndHandsTheEmptyReplyOver()
    {
        var runId = await _cutover.OpenRunAsync();

        await WorkAsync("teams:click-1", new InboundClick(RunsThread, ApproverA, new StepActionPayload(runId, StepIds.Preflight, 1), Verdict.Approve, null),
            "teams");

        Assert.Equal(StepState.Approved, (await _cutover.StepAsync(runId, StepIds.Preflight)).State);
        Assert.Contains($"execute {runId}", _cutover.Scheduler.Calls);
        // A waiting Teams invoke needs the answer "no refusal" too, to show the card as the decision left it.
        var (key, to, reply) = Assert.Single(_teams.Replies);
        Assert.Equal(("teams:click-1", ApproverA), (key, to.User));
        Assert.Null(reply);
    }

    [Fact]
    public async Task Handle_RequestWithTheSendersName_RemembersItBeforeAnswering()
    {
        var runId = await _cutover.OpenRunAsync();
        var clicker = new ChatUser(ChatChannel.Teams, "8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d");

        await WorkAsync("teams:click-2", new InboundClick(RunsThread, clicker, new StepActionPayload(runId, StepIds.Preflight, 1), Verdict.Approve, null)
        {
            UserName = "Alice Ops",
        }, "teams");

        Assert.Equal("Alice Ops", _people.Names[clicker.Qualified]);
    }

    [Fact]
    public async Task Handle_ClickRefused_RepliesTheRefusalToTheClicker()
    {
        var runId = await _cutover.OpenRunAsync();

        await WorkAsync("slack:action:1", new InboundClick(RunsThread, Requester, new StepActionPayload(runId, StepIds.Preflight, 1), Verdict.Approve, null));

        Assert.Equal(StepState.AwaitingApproval, (await _cutover.StepAsync(runId, StepIds.Preflight)).State);
        var (_, to, reply) = Assert.Single(_slack.Replies);
        Assert.Equal(Requester, to.User);
        Assert.Contains("cannot approve its steps", reply?.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_RejectByCommand_AsksTheClickerForTheReasonAndDecidesNothing()
    {
        var runId = await _cutover.OpenRunAsync();
        var payload = new StepActionPayload(runId, StepIds.Preflight, 1);

        await WorkAsync("slack:action:2", new InboundRejectByCommand(RunsThread, ApproverA, payload));

        var (_, to, reply) = Assert.Single(_slack.Replies);
        Assert.Equal((ApproverA, RunThread), (to.User, to.Conversation.ThreadId));
        Assert.Equal(RunMessages.RejectByCommand(payload).Text, reply?.Text);
        Assert.Equal(StepState.AwaitingApproval, (await _cutover.StepAsync(runId, StepIds.Preflight)).State);
    }

    [Fact]
    public async Task Handle_BotAdded_PostsTheHelpForEveryoneThere()
    {
        var team = new ConversationReference(ChatChannel.Teams, "19:general@thread.tacv2", null, "https://smba.trafficmanager.net/emea/", "tenant-1");

        await WorkAsync("teams:added-1", new InboundBotAdded(team), "teams");

        var (conversation, _, message) = Assert.Single(_cutover.Chat.Posts);
        Assert.Equal((ChatChannel.Teams, team.ChannelId), (conversation.Channel, conversation.ChannelId));
        Assert.Equal(RunMessages.Help().Title, message.Title);
        Assert.Empty(_teams.Replies);
    }

    [Fact]
    public async Task Handle_ChannelWithoutReplies_IsNotHandled()
    {
        var handler = Handler();
        await _queue.EnqueueAsync(StoredRequests.ToData("console:1", "console", new InboundCommand(RunsThread, Requester, "help")), _cutover.Clock.GetUtcNow(), None);
        var item = await _queue.LeaseNextAsync(_cutover.Clock.GetUtcNow(), TimeSpan.FromMinutes(2), None);

        Assert.False(handler.Handles("console"));
        await Assert.ThrowsAsync<InvalidOperationException>(() => handler.HandleAsync(item!, None));
        Assert.Empty(_slack.Replies);
    }

    private InboundHandler Handler() => new(_cutover.Commands(), _cutover.Chat, [_slack, _teams], _people);

    /// <summary>Stores the request as an endpoint does, leases it as the worker does and works it.</summary>
    private async Task WorkAsync(string key, InboundChatRequest request, string channel = "slack")
    {
        Assert.True(await _queue.EnqueueAsync(StoredRequests.ToData(key, channel, request), _cutover.Clock.GetUtcNow(), None));
        var item = await _queue.LeaseNextAsync(_cutover.Clock.GetUtcNow(), TimeSpan.FromMinutes(2), None);
        await Handler().HandleAsync(item!, None);
    }
}
