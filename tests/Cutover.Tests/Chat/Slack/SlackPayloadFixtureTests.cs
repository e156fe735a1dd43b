namespace Cutover.Tests.Chat.Slack;

/// <summary>Every payload fixture from the Slack SDKs (Fixtures/README.md) parses into the typed record Cutover uses.</summary>
public class SlackPayloadFixtureTests
{
    [Fact]
    public void ParseCommand_BoltPythonSlashCommandBody_ReadsEveryFieldWeUse()
    {
        var command = Parse<SlackSlashCommand>(SlackPayloadParser.ParseCommand(SlackTestFiles.Fixture("bolt-python_slash_command_body.txt")));

        Assert.Equal(new SlackSlashCommand("T111", "C111", "W111", "/hello-world", "Hi", "https://hooks.slack.com/commands/T111/111/xxxxx", "111.111.xxx", "primary-owner"), command);
        Assert.Equal("slack:command:111.111.xxx", command.DedupeKey);
    }

    [Fact]
    public void ParseCommand_SignatureVectorBody_HasEmptyTextAndDecodedUrls()
    {
        var body = JsonDocument.Parse(SlackTestFiles.Fixture("signature-test-vector.json")).RootElement.GetProperty("body").GetString()!;

        var command = Parse<SlackSlashCommand>(SlackPayloadParser.ParseCommand(body));

        Assert.Equal("/webhook-collect", command.Command);
        Assert.Equal(string.Empty, command.Text);
        Assert.Equal("G8PSS9T3V", command.ChannelId);
        Assert.Equal("https://hooks.slack.com/commands/T1DC2JH3J/397700885554/96rGlfmibIGlgcZRskXaIFfN", command.ResponseUrl);
    }

    [Fact]
    public void ParseCommandJson_JavaSdkFieldInventory_ToleratesEveryField()
    {
        var command = Parse<SlackSlashCommand>(SlackPayloadParser.ParseCommandJson(FillPlaceholders("java-slack-sdk_SlashCommandPayload.json")));

        Assert.Equal("command-value", command.Command);
        Assert.Equal("trigger_id-value", command.TriggerId);
    }

    [Fact]
    public void ParseCommandJson_JavaSdkPlaceholders_ReportMissingFieldsInsteadOfThrowing()
    {
        var result = SlackPayloadParser.ParseCommandJson(SlackTestFiles.Fixture("java-slack-sdk_SlashCommandPayload.json"));

        Assert.False(result.IsSuccess);
        Assert.Equal("command without command", result.Error);
    }

    [Fact]
    public void ParseCommandJson_SocketModeEnvelope_ReadsTheCommand()
    {
        var payload = SocketMode("slash_commands").GetProperty("payload").GetRawText();

        var command = Parse<SlackSlashCommand>(SlackPayloadParser.ParseCommandJson(payload));

        Assert.Equal(("/hello-socket-mode", "U111", "C111", "111.222.xxx"), (command.Command, command.UserId, command.ChannelId, command.TriggerId));
    }

    [Fact]
    public void ParseInteraction_BoltPythonEphemeralClick_FallsBackToTheContainer()
    {
        var click = Parse<SlackBlockActions>(SlackPayloadParser.ParseInteraction(AsForm(SlackTestFiles.Fixture("bolt-python_block_actions_ephemeral.json"))));

        Assert.Equal(("W111", "C111", "111.222", true, "111.222.valid"), (click.UserId, click.ChannelId, click.MessageTs, click.IsEphemeral, click.TriggerId));
        Assert.Null(click.ThreadTs);
        Assert.Equal(new SlackAction("a", "b", "click_me_123", "1596530385.194939"), click.Action);
        Assert.Equal("slack:action:111.222:W111:a:click_me_123:1596530385.194939", click.DedupeKey);
    }

    [Fact]
    public void ParseInteraction_BoltPythonMessageClick_ReadsMessageAndAction()
    {
        var click = Parse<SlackBlockActions>(SlackPayloadParser.ParseInteraction(AsForm(SlackTestFiles.Fixture("bolt-python_block_actions_message.json"))));

        Assert.Equal(("U111", "C111", "1678252213.679169", false), (click.UserId, click.ChannelId, click.MessageTs, click.IsEphemeral));
        Assert.Equal(("button", "clicked"), (click.Action.ActionId, click.Action.Value));
        Assert.Equal("T0G9PQBBK", click.TeamId);
        Assert.Equal("http://localhost:8888/webhook", click.ResponseUrl);
    }

    [Fact]
    public void ParseInteractionJson_JavaSdkBlockActionInventory_ToleratesEveryField()
    {
        var click = Parse<SlackBlockActions>(SlackPayloadParser.ParseInteractionJson(FillPlaceholders("java-slack-sdk_BlockActionPayload.json")));

        Assert.Equal("id-value", click.UserId);
        Assert.Equal("message_ts-value", click.MessageTs);
        Assert.Equal("thread_ts-value", click.ThreadTs);
        Assert.Equal(("action_id-value", "value-value"), (click.Action.ActionId, click.Action.Value));
    }

    [Fact]
    public void ParseInteractionJson_JavaSdkViewSubmissionInventory_ToleratesEveryField()
    {
        var submission = Parse<SlackViewSubmission>(SlackPayloadParser.ParseInteractionJson(FillPlaceholders("java-slack-sdk_ViewSubmissionPayload.json")));

        Assert.Equal(("id-value", "id-value", "callback_id-value", "private_metadata-value"),
            (submission.UserId, submission.ViewId, submission.CallbackId, submission.PrivateMetadata));
        Assert.Empty(submission.Values);
        Assert.Equal("slack:view:id-value", submission.DedupeKey);
    }

    [Fact]
    public void ParseInteractionJson_SocketModeShortcut_IsUnhandledNotAnError()
    {
        var payload = SocketMode("interactive").GetProperty("payload").GetRawText();

        var request = Parse<SlackUnhandledRequest>(SlackPayloadParser.ParseInteractionJson(payload));

        Assert.Equal("interaction:shortcut", request.Type);
        Assert.Null(request.DedupeKey);
    }

    [Fact]
    public void ParseEvent_SocketModeAppMention_ReadsTheMention()
    {
        var body = SocketModeEvents().Single(e => e.GetProperty("event").GetProperty("type").GetString() == "app_mention");

        var mention = Parse<SlackAppMention>(SlackPayloadParser.ParseEvent(body.GetRawText()));

        Assert.Equal(new SlackAppMention("T111", "Ev111", "U222", "<@U111>", "C111", "1610241741.000200", null), mention);
        Assert.Equal("slack:event:Ev111", mention.DedupeKey);
    }

    [Fact]
    public void ParseEvent_SocketModeMessageEvent_IsUnhandled()
    {
        var body = SocketModeEvents().Single(e => e.GetProperty("event").GetProperty("type").GetString() == "message");

        Assert.Equal("event:message", Parse<SlackUnhandledRequest>(SlackPayloadParser.ParseEvent(body.GetRawText())).Type);
    }

    private static T Parse<T>(SlackParseResult result)
        where T : SlackRequest
    {
        Assert.True(result.IsSuccess, result.Error);
        return Assert.IsType<T>(result.Request);
    }

    /// <summary>An interaction as Slack POSTs it: one form field, <c>payload</c>, holding the JSON.</summary>
    private static string AsForm(string json) => "payload=" + WebUtility.UrlEncode(json);

    private static JsonElement SocketMode(string type) =>
        JsonDocument.Parse(SlackTestFiles.Fixture("python-slack-sdk_socket_mode_messages.json")).RootElement.EnumerateArray()
            .First(m => m.GetProperty("type").GetString() == type);

    private static IEnumerable<JsonElement> SocketModeEvents() =>
        JsonDocument.Parse(SlackTestFiles.Fixture("python-slack-sdk_socket_mode_messages.json")).RootElement.EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() == "events_api")
            .Select(m => m.GetProperty("payload"));

    /// <summary>The java-slack-sdk inventories with each empty-string placeholder replaced by "&lt;name&gt;-value".</summary>
    private static string FillPlaceholders(string fixture)
    {
        var root = JsonNode.Parse(SlackTestFiles.Fixture(fixture))!;
        Fill(root);
        return root.ToJsonString();

        static void Fill(JsonNode node)
        {
            switch (node)
            {
                case JsonObject obj:
                    foreach (var (name, value) in obj.ToList())
                    {
                        if (value is JsonValue text && text.TryGetValue<string>(out var s) && s.Length == 0)
                            obj[name] = $"{name}-value";
                        else if (value is not null)
                            Fill(value);
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        if (item is not null)
                            Fill(item);
                    }

                    break;
            }
        }
    }
}
