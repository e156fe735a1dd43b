using Cutover.Chat.Inbound;

namespace Cutover.Tests.Chat.Inbound;

/// <summary>What an endpoint stores in the inbound queue and the worker reads back: the typed request, as JSON under its type's name.</summary>
public class StoredRequestsTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly ConversationReference SlackThread = new(ChatChannel.Slack, "C1", "1700000000.1", null, "T1");
    private static readonly ChatUser Alice = new(ChatChannel.Slack, "U-a");
    private static readonly StepActionPayload Preflight = new(7, StepIds.Preflight, 2);

    private static readonly Dictionary<string, InboundChatRequest> Requests = new()
    {
        ["command"] = new InboundCommand(new ConversationReference(ChatChannel.Slack, "C1", null, null, "T1"), Alice, "plan demo-app to demo-space"),
        ["approve"] = new InboundClick(SlackThread, Alice, Preflight, Verdict.Approve, null),
        ["reject with a reason"] = new InboundClick(SlackThread, Alice, Preflight, Verdict.Reject, "not during the sale"),
        ["reject by command"] = new InboundRejectByCommand(SlackThread, Alice, Preflight),
        ["traced approve"] = new InboundClick(SlackThread, Alice, Preflight, Verdict.Approve, null)
        {
            TraceParent = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01",
        },
        ["Teams command"] = new InboundCommand(
            new ConversationReference(ChatChannel.Teams, "19:abc@thread.tacv2", "1767765488332", "https://smba.trafficmanager.net/emea/", "tenant-1"),
            new ChatUser(ChatChannel.Teams, "29:1a-b"), "status 7"),
        ["bot added"] = new InboundBotAdded(new ConversationReference(ChatChannel.Teams, "a:personal-chat", null, "https://smba.trafficmanager.net/emea/", "tenant-1")),
    };

    public static TheoryData<string> Names => [.. Requests.Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Request_StoredAndLeased_ReadsBackAsTheSameRequest(string name)
    {
        var request = Requests[name];
        var queue = new InMemoryInboundRequests();

        Assert.True(await queue.EnqueueAsync(StoredRequests.ToData("key-1", "slack", request), Now, None));
        var item = await queue.LeaseNextAsync(Now, TimeSpan.FromMinutes(2), None);
        var read = StoredRequests.Read(item!);

        Assert.Equal(request.GetType().Name, item!.Kind);
        Assert.Equal(Fields(request.Where), Fields(read!.Where));
        // The conversation is a class compared by reference: with it set aside, the records compare every other field.
        Assert.Equal(request, read with { Where = request.Where });
    }

    [Fact]
    public void ToData_Click_IsItsTypeNameAndCompactJson()
    {
        var data = StoredRequests.ToData("slack:action:x", "slack", Requests["reject with a reason"]);

        Assert.Equal(("slack:action:x", "slack", nameof(InboundClick)), (data.Key, data.Channel, data.Kind));
        Assert.Equal(
            """{"type":"InboundClick","user":"slack:U-a","payload":""" +
            """{"run":7,"step":"preflight","v":2},"verdict":"Reject","reason":"not during the sale","where":""" +
            """{"channel":"Slack","channelId":"C1","threadId":"1700000000.1","tenantId":"T1"}}""",
            data.Body);
    }

    [Fact]
    public void Read_KindAndBodyDisagree_Throws()
    {
        var click = StoredRequests.ToData("k", "slack", Requests["approve"]);

        var error = Assert.Throws<InvalidOperationException>(() => StoredRequests.Read(Item(click with { Kind = nameof(InboundCommand) })));

        Assert.Contains("holds a InboundClick", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TypedKindWithBrokenJson_Throws() =>
        Assert.Throws<InvalidOperationException>(() => StoredRequests.Read(Item(new InboundRequestData("k", "slack", nameof(InboundCommand), "{\"type\":"))));

    [Fact]
    public void Read_RawSlackCommandOfThePreviousVersion_IsTheCommandItAsked()
    {
        var legacy = new InboundRequestData("slack:command:t1", "slack", "command",
            "command=%2Fcutover&team_id=T1&channel_id=C1&user_id=U-a&trigger_id=t1&text=status+7");

        var command = Assert.IsType<InboundCommand>(StoredRequests.Read(Item(legacy)));

        Assert.Equal((Alice, "status 7"), (command.User, command.Text));
        Assert.Equal((ChatChannel.Slack, "C1", (string?)null, "T1"), (command.Where.Channel, command.Where.ChannelId, command.Where.ThreadId, command.Where.TenantId));
    }

    [Fact]
    public void Read_UnknownKindOnAChannelWithoutRawBodies_Throws() =>
        Assert.Throws<InvalidOperationException>(() => StoredRequests.Read(Item(new InboundRequestData("k", "console", "command", "help"))));

    private static InboundItem Item(InboundRequestData data) => new(1, data.Key, data.Channel, data.Kind, data.Body, 1, Now);

    private static (ChatChannel, string, string?, string?, string?) Fields(ConversationReference where) =>
        (where.Channel, where.ChannelId, where.ThreadId, where.ServiceUrl, where.TenantId);
}
