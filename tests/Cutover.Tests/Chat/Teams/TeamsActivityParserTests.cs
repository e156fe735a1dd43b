namespace Cutover.Tests.Chat.Teams;

public class TeamsActivityParserTests
{
    [Fact]
    public void Parse_TeamsNetInvokeFixture_ReadsEveryFieldWeUse()
    {
        var result = TeamsActivityParser.Parse(TeamsFiles.Fixture("teams.net_invoke_adaptiveCard_action.json"));

        Assert.True(result.Succeeded, result.Error);
        var activity = result.Activity;
        Assert.Equal(("invoke", "adaptiveCard/action", "msteams"), (activity.Type, activity.Name, activity.ChannelId));
        Assert.Equal("f:17b96347-e8b4-f340-10bc-eb52fc1a6ad4", activity.Id);
        Assert.Equal(new DateTimeOffset(2026, 1, 7, 6, 4, 59, 890, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal("https://smba.trafficmanager.net/amer/56653e9d-2158-46ee-90d7-675c39642038/", activity.ServiceUrl);
        Assert.Equal("c5e99701-2a32-49c1-a660-4629ceeb8c61", activity.From?.AadObjectId);
        Assert.Equal("Rido", activity.From?.Name);
        Assert.Equal("28:aabdbd62-bc97-4afb-83ee-575594577de5", activity.Recipient?.Id);
        Assert.Equal(("personal", "56653e9d-2158-46ee-90d7-675c39642038"), (activity.Conversation?.ConversationType, activity.Conversation?.TenantId));
        Assert.Equal("56653e9d-2158-46ee-90d7-675c39642038", activity.ChannelData?.Tenant?.Id);
        Assert.Equal("1767765488332", activity.ReplyToId);
        Assert.Equal("clientInfo", Assert.Single(activity.Entities!).Type);
        Assert.Equal("Action.Execute", activity.Value?.GetProperty("action").GetProperty("type").GetString());
    }

    [Fact]
    public void Parse_TeamsNetOutboundCardFixture_ReadsAttachmentAndCardMentions()
    {
        var result = TeamsActivityParser.Parse(TeamsFiles.Fixture("teams.net_AdaptiveCardActivity_outbound.json"));

        Assert.True(result.Succeeded, result.Error);
        var attachment = Assert.Single(result.Activity.Attachments!);
        Assert.Equal(ActivityTypes.AdaptiveCardContentType, attachment.ContentType);
        Assert.Equal("1.5", attachment.Content?["version"]?.GetValue<string>());
        Assert.Equal(2, attachment.Content?["msteams"]?["entities"]?.AsArray().Count);
        Assert.Equal("f:a1b2c3d4-e5f6-4789-a0b1-c2d3e4f5a6b7", result.Activity.ReplyToId);
    }

    [Fact]
    public void Parse_ChannelMessageFixture_ReadsChannelDataAndMention()
    {
        var activity = TeamsActivityParser.Parse(TeamsFiles.Fixture("channel_message_mention.json")).Activity!;

        Assert.Equal("platform-migrations", activity.ChannelData?.Channel?.Name);
        Assert.Equal("2b8f6c1d-7e4a-4f3b-9c2d-1a0e5f6b7c8d", activity.ChannelData?.Team?.AadGroupId);
        Assert.True(activity.Conversation?.IsGroup);
        var mention = Assert.Single(activity.Entities!, e => e.IsMention);
        Assert.Equal(("28:6f1c2a7d-0b3e-4c5f-9a8b-7d6e5f4c3b2a", "<at>Cutover</at>"), (mention.Mentioned?.Id, mention.Text));
    }

    [Fact]
    public void Parse_Utf8Body_ReadsTheSame()
    {
        var json = TeamsFiles.Fixture("conversation_update_bot_added.json");

        var result = TeamsActivityParser.Parse(Encoding.UTF8.GetBytes(json));

        Assert.Equal("conversationUpdate", result.Activity?.Type);
        Assert.Equal("teamMemberAdded", result.Activity?.ChannelData?.EventType);
        Assert.Equal("28:6f1c2a7d-0b3e-4c5f-9a8b-7d6e5f4c3b2a", Assert.Single(result.Activity!.MembersAdded!).Id);
    }

    [Theory]
    [InlineData("", "the request has no body")]
    [InlineData("   ", "the request has no body")]
    [InlineData("null", "the body is JSON null")]
    [InlineData("{\"id\":\"1\"}", "the activity has no type")]
    [InlineData("{\"type\":\"\"}", "the activity has no type")]
    public void Parse_NotAnActivity_SaysWhy(string body, string error)
    {
        var result = TeamsActivityParser.Parse(body);

        Assert.False(result.Succeeded);
        Assert.Equal(error, result.Error);
    }

    [Theory]
    [InlineData("{\"type\":")]
    [InlineData("[1,2]")]
    [InlineData("{\"type\":\"message\",\"from\":\"not an object\"}")]
    public void Parse_MalformedJson_GivesAShortErrorInsteadOfThrowing(string body)
    {
        var result = TeamsActivityParser.Parse(body);

        Assert.False(result.Succeeded);
        Assert.StartsWith("the body is not an activity: ", result.Error, StringComparison.Ordinal);
        Assert.True(result.Error.Length < 200);
    }

    [Theory]
    [InlineData("\"yesterday\"")]
    [InlineData("12345")]
    public void Parse_OddTimestamp_ReadsAsNullAndKeepsTheActivity(string timestamp)
    {
        var result = TeamsActivityParser.Parse($"{{\"type\":\"message\",\"timestamp\":{timestamp},\"text\":\"help\"}}");

        Assert.True(result.Succeeded, result.Error);
        Assert.Null(result.Activity.Timestamp);
        Assert.Equal("help", result.Activity.Text);
    }
}
