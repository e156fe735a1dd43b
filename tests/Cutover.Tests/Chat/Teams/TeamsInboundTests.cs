namespace Cutover.Tests.Chat.Teams;

public class TeamsInboundTests
{
    private const string Channel = "19:b7f3c9e2a1d84f6c8e0a5d2c4b6f8a1e@thread.tacv2";
    private const string ServiceUrl = "https://smba.trafficmanager.net/emea/56653e9d-2158-46ee-90d7-675c39642038/";
    private const string Tenant = "56653e9d-2158-46ee-90d7-675c39642038";

    [Fact]
    public void Classify_ChannelMention_IsTheCommandWithoutTheMentionInItsThread()
    {
        var command = Assert.IsType<TeamsCommandMessage>(Classify("channel_message_mention.json"));

        Assert.Equal("plan demo-app to demo-space at 2026-03-05T18:00:00Z", command.CommandText);
        Assert.Equal(ChatChannel.Teams, command.Conversation.Channel);
        Assert.Equal(Channel, command.Conversation.ChannelId);
        Assert.Equal("1767765488332", command.Conversation.ThreadId);
        Assert.Equal((ServiceUrl, Tenant), (command.Conversation.ServiceUrl, command.Conversation.TenantId));
        Assert.Equal("teams:c5e99701-2a32-49c1-a660-4629ceeb8c61", command.User?.Qualified);
    }

    [Fact]
    public void Classify_ApproveClick_CarriesVerbPayloadAndCardId()
    {
        var click = Assert.IsType<TeamsCardAction>(Classify("channel_invoke_approve.json"));

        Assert.Equal((ActionIds.ApproveStep, Verdict.Approve), (click.ActionId, click.Verdict));
        Assert.Equal(new StepActionPayload(42, "preflight", 1), click.Payload);
        Assert.Null(click.Reason);
        Assert.Equal("1767765499001", click.CardActivityId);
        Assert.Equal((Channel, "1767765488332"), (click.Conversation.ChannelId, click.Conversation.ThreadId));
        Assert.Equal("teams:8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d", click.User?.Qualified);
    }

    [Fact]
    public void Classify_RejectClickWithReason_CarriesTheTrimmedReason()
    {
        var click = Assert.IsType<TeamsCardAction>(Classify("channel_invoke_reject_reason.json"));

        Assert.Equal((ActionIds.RejectStep, Verdict.Reject), (click.ActionId, click.Verdict));
        Assert.Equal(new StepActionPayload(42, "maintenance-page", 2), click.Payload);
        Assert.Equal("Freeze week: wait until Monday.", click.Reason);
    }

    [Fact]
    public void Classify_VeryLongReason_IsCutToTheInputLimit()
    {
        var click = Assert.IsType<TeamsCardAction>(TeamsInbound.Classify(Invoke(action =>
            action["data"]!["reason"] = new string('x', 700))));

        Assert.Equal(TeamsInbound.MaxReasonLength, click.Reason?.Length);
    }

    [Fact]
    public void Classify_TeamsNetInvokeWithoutVerb_IsRejectedAsNotSupported()
    {
        var rejected = Assert.IsType<TeamsRejectedInvoke>(Classify("teams.net_invoke_adaptiveCard_action.json"));

        Assert.Equal(TeamsRejectedInvoke.NotSupported, rejected.Code);
        Assert.Equal("a:17vxw6pGQOb3Zfh8acXT8m_PqHycYpaFgzu2mFMUfkT-h0UskMctq5ZPPc7FIQxn2bx7rBSm5yE_HeUXsCcKZBrv77RgorB3_1_pAdvMhi39ClxQgawzyQ9GBFkdiwOxT",
            rejected.ReplyTo?.ChannelId);
        Assert.Null(rejected.ReplyTo?.ThreadId);
    }

    [Theory]
    [InlineData("no action", TeamsRejectedInvoke.BadRequest)]
    [InlineData("Action.Submit", TeamsRejectedInvoke.NotSupported)]
    [InlineData("unknown verb", TeamsRejectedInvoke.NotSupported)]
    [InlineData("no data", TeamsRejectedInvoke.BadRequest)]
    [InlineData("data without version", TeamsRejectedInvoke.BadRequest)]
    [InlineData("run id as text", TeamsRejectedInvoke.BadRequest)]
    public void Classify_ClickWeCannotActOn_IsRejectedWithACode(string broken, string code)
    {
        var activity = Invoke(action =>
        {
            switch (broken)
            {
                case "no action": action.Parent!.AsObject().Remove("action"); break;
                case "Action.Submit": action["type"] = "Action.Submit"; break;
                case "unknown verb": action["verb"] = "runbook.delete-everything"; break;
                case "no data": action.Remove("data"); break;
                case "data without version": action["data"]!.AsObject().Remove("v"); break;
                case "run id as text": action["data"]!["run"] = "forty-two"; break;
            }
        });

        var rejected = Assert.IsType<TeamsRejectedInvoke>(TeamsInbound.Classify(activity));

        Assert.Equal(code, rejected.Code);
        Assert.False(string.IsNullOrWhiteSpace(rejected.Message));
    }

    [Fact]
    public void Classify_BotAddedToTeam_AsksForHelpInTheTeam()
    {
        var added = Assert.IsType<TeamsBotAdded>(Classify("conversation_update_bot_added.json"));

        Assert.Equal("19:0c3d9f7e1a2b4c5d8e6f7a8b9c0d1e2f@thread.tacv2", added.Conversation.ChannelId);
        Assert.Null(added.Conversation.ThreadId);
    }

    [Fact]
    public void Classify_SomeoneElseJoined_IsIgnored()
    {
        var activity = Parse("conversation_update_bot_added.json") with { MembersAdded = [new TeamsChannelAccount { Id = "29:someone" }] };

        Assert.IsType<TeamsIgnored>(TeamsInbound.Classify(activity));
    }

    [Theory]
    [InlineData("typing", null)]
    [InlineData("messageReaction", null)]
    [InlineData("invoke", "signin/verifyState")]
    [InlineData("installationUpdate", null)]
    public void Classify_OtherActivities_AreIgnored(string type, string? name)
    {
        var activity = Parse("channel_message_mention.json") with { Type = type, Name = name };

        var ignored = Assert.IsType<TeamsIgnored>(TeamsInbound.Classify(activity));

        Assert.NotNull(ignored.ReplyTo);
    }

    [Fact]
    public void Classify_NoServiceUrl_IsIgnoredWithoutReplyTarget()
    {
        var activity = Parse("channel_message_mention.json") with { ServiceUrl = null };

        var ignored = Assert.IsType<TeamsIgnored>(TeamsInbound.Classify(activity));

        Assert.Null(ignored.ReplyTo);
    }

    [Fact]
    public void Classify_LegacySubmitMessage_IsIgnored()
    {
        var activity = TeamsActivityParser.Parse(
            $$$"""{"type":"message","id":"1","serviceUrl":"{{{ServiceUrl}}}","conversation":{"id":"a:chat"},"value":{"verb":"approve"}}""").Activity!;

        Assert.IsType<TeamsIgnored>(TeamsInbound.Classify(activity));
    }

    [Theory]
    [InlineData("status demo-app", "status demo-app")]
    [InlineData("<at>Cutover</at> status", "status")]
    [InlineData("<AT>cutover</AT>   list  ", "list")]
    [InlineData("approve 42 preflight <at>Cutover</at>", "approve 42 preflight")]
    [InlineData("<at>Cutover</at> plan app to space <at>Alice</at>", "plan app to space <at>Alice</at>")]
    public void Classify_Message_StripsOnlyTheBotsOwnMention(string text, string command)
    {
        var activity = Parse("channel_message_mention.json") with
        {
            Text = text,
            Entities =
            [
                new TeamsEntity { Type = "mention", Text = "<at>Cutover</at>", Mentioned = new TeamsChannelAccount { Id = "28:6f1c2a7d-0b3e-4c5f-9a8b-7d6e5f4c3b2a", Name = "Cutover" } },
                new TeamsEntity { Type = "mention", Text = "<at>Alice</at>", Mentioned = new TeamsChannelAccount { Id = "29:alice", Name = "Alice" } },
            ],
        };

        Assert.Equal(command, Assert.IsType<TeamsCommandMessage>(TeamsInbound.Classify(activity)).CommandText);
    }

    [Fact]
    public void Classify_MentionWithoutText_RemovesTheAtTagOfItsName()
    {
        var activity = Parse("channel_message_mention.json") with
        {
            Text = "<at>Cutover</at> help",
            Entities = [new TeamsEntity { Type = "mention", Mentioned = new TeamsChannelAccount { Id = "28:6f1c2a7d-0b3e-4c5f-9a8b-7d6e5f4c3b2a", Name = "Cutover" } }],
        };

        Assert.Equal("help", TeamsMentions.RemoveBotMention(activity));
    }

    [Fact]
    public void DedupeKey_Redelivery_IsTheSameAndDiffersInAnotherConversation()
    {
        var first = Classify("channel_message_mention.json");
        var redelivered = Classify("channel_message_mention.json");
        var elsewhere = TeamsInbound.Classify(first.Activity with { Conversation = first.Activity.Conversation! with { Id = "a:other-chat" } });

        Assert.Equal(first.DedupeKey, redelivered.DedupeKey);
        Assert.StartsWith("teams:1767765488332@", first.DedupeKey, StringComparison.Ordinal);
        Assert.NotEqual(first.DedupeKey, elsewhere.DedupeKey);
        Assert.True(first.DedupeKey!.Length <= 256);
    }

    [Fact]
    public void DedupeKey_ReplyInTheSameThread_SharesTheConversationHash()
    {
        var post = Parse("channel_message_mention.json");
        var reply = post with { Id = "1767765488999", Conversation = post.Conversation! with { Id = Channel + ";messageid=1767765488332" } };

        Assert.Equal(
            TeamsInboundEvent.DedupeKeyFor(post)!.Split('@')[1],
            TeamsInboundEvent.DedupeKeyFor(reply)!.Split('@')[1]);
    }

    private static TeamsInboundEvent Classify(string fixture) => TeamsInbound.Classify(Parse(fixture));

    private static TeamsActivity Parse(string fixture) => TeamsActivityParser.Parse(TeamsFiles.Fixture(fixture)).Activity!;

    /// <summary>The approve fixture with its <c>value.action</c> changed.</summary>
    private static TeamsActivity Invoke(Action<JsonObject> change)
    {
        var json = JsonNode.Parse(TeamsFiles.Fixture("channel_invoke_approve.json"))!.AsObject();
        change(json["value"]!["action"]!.AsObject());
        return TeamsActivityParser.Parse(json.ToJsonString()).Activity!;
    }
}
