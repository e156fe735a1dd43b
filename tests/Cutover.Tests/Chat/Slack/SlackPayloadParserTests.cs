namespace Cutover.Tests.Chat.Slack;

public class SlackPayloadParserTests
{
    [Fact]
    public void ParseCommand_SslCheck_IsTheCertificateCheck()
    {
        const string body = "ssl_check=1&token=legacy";

        Assert.True(SlackPayloadParser.IsSslCheck(body));
        Assert.IsType<SlackSslCheck>(SlackPayloadParser.ParseCommand(body).Request);
        Assert.False(SlackPayloadParser.IsSslCheck("command=%2Fcutover&ssl_check=0"));
    }

    [Fact]
    public void ParseCommand_PlusAndPercentEncodedText_IsDecoded()
    {
        var result = SlackPayloadParser.ParseCommand(
            "command=%2Fcutover&user_id=U1&channel_id=C1&trigger_id=t1&text=plan+demo-app+to+demo-space+at+2026-03-05T18%3A00Z");

        var command = Assert.IsType<SlackSlashCommand>(result.Request);
        Assert.Equal("plan demo-app to demo-space at 2026-03-05T18:00Z", command.Text);
        Assert.Null(command.TeamId);
        Assert.Null(command.ResponseUrl);
    }

    [Fact]
    public void ParseCommand_Bytes_SameAsString()
    {
        const string body = "command=%2Fcutover&user_id=U1&channel_id=C1&trigger_id=t1&text=help";

        Assert.Equal(SlackPayloadParser.ParseCommand(body).Request, SlackPayloadParser.ParseCommand(Encoding.UTF8.GetBytes(body)).Request);
    }

    public static TheoryData<string, string> BadCommands => new()
    {
        { "", "command without command" },
        { "user_id=U1&channel_id=C1&trigger_id=t", "command without command" },
        { "command=%2Fcutover&channel_id=C1&trigger_id=t", "command without user_id" },
        { "command=%2Fcutover&user_id=U1&trigger_id=t", "command without channel_id" },
        { "command=%2Fcutover&user_id=U1&channel_id=C1", "command without trigger_id" },
        { "command=%2Fcutover&user_id=&channel_id=C1&trigger_id=t", "command without user_id" },
        { "command=%2Fcutover&user_id=%20%09&channel_id=C1&trigger_id=t", "command without user_id" },
        { "command=%2Fcutover&user_id=U1&channel_id=+&trigger_id=t", "command without channel_id" },
        { "{\"command\":\"/cutover\"}", "command without command" },
    };

    [Theory]
    [MemberData(nameof(BadCommands))]
    public void ParseCommand_MissingField_ShortErrorNamingIt(string body, string error) =>
        Assert.Equal(error, SlackPayloadParser.ParseCommand(body).Error);

    public static TheoryData<string, string> BadInteractions => new()
    {
        { "", "missing payload field" },
        { "payload=", "missing payload field" },
        { "payload=%7Bnot+json", "payload is not valid JSON of the expected shape" },
        { "payload=%5B1%2C2%5D", "payload is not valid JSON of the expected shape" },
        { "payload=null", "payload is not a JSON object" },
        { Form("""{"user":{"id":"U1"}}"""), "payload has no type" },
        { Form("""{"type":"block_actions","container":{"message_ts":"1.2","channel_id":"C1"},"trigger_id":"t","actions":[{"action_id":"a"}]}"""), "block_actions without user.id" },
        { Form("""{"type":"block_actions","user":{"id":"U1"},"trigger_id":"t","actions":[{"action_id":"a"}]}"""), "block_actions without a message container (channel and message ts)" },
        { Form("""{"type":"block_actions","user":{"id":"U1"},"container":{"message_ts":"1.2","channel_id":"C1"},"actions":[{"action_id":"a"}]}"""), "block_actions without trigger_id" },
        { Form("""{"type":"block_actions","user":{"id":"U1"},"container":{"message_ts":"1.2","channel_id":"C1"},"trigger_id":"t","actions":[]}"""), "block_actions without actions" },
        { Form("""{"type":"block_actions","user":{"id":"U1"},"container":{"message_ts":"1.2","channel_id":"C1"},"trigger_id":"t","actions":[null]}"""), "block_actions action without action_id" },
        { Form("""{"type":"block_actions","user":{"id":42}}"""), "payload is not valid JSON of the expected shape" },
        { Form("""{"type":"view_submission","user":{"id":"U1"},"view":{"callback_id":"x"}}"""), "view_submission without view.id" },
        { Form("""{"type":"view_submission","view":{"id":"V1"}}"""), "view_submission without user.id" },
    };

    [Theory]
    [MemberData(nameof(BadInteractions))]
    public void ParseInteraction_Malformed_ShortErrorAndNoException(string body, string error) =>
        Assert.Equal(error, SlackPayloadParser.ParseInteraction(body).Error);

    [Fact]
    public void ParseInteraction_ClickInAThreadReply_CarriesTheThreadTs()
    {
        var body = Form("""
            {"type":"block_actions","user":{"id":"U1"},"team":{"id":"T1"},"channel":{"id":"C1"},
             "container":{"type":"message","message_ts":"1700000001.000200","channel_id":"C1","is_ephemeral":false},
             "message":{"ts":"1700000001.000200","thread_ts":"1700000000.000100"},"trigger_id":"t1",
             "actions":[{"action_id":"runbook.approve-step","block_id":"b","value":"{\"run\":1,\"step\":\"deploy\",\"v\":2}","type":"button"}]}
            """);

        var click = Assert.IsType<SlackBlockActions>(SlackPayloadParser.ParseInteraction(body).Request);

        Assert.Equal("1700000000.000100", click.ThreadTs);
        Assert.Equal("{\"run\":1,\"step\":\"deploy\",\"v\":2}", click.Action.Value);
    }

    [Fact]
    public void ParseInteraction_ViewSubmission_ReadsTextInputsOnly()
    {
        var body = Form("""
            {"type":"view_submission","user":{"id":"U1"},"team":{"id":"T1"},
             "view":{"id":"V1","callback_id":"cb","private_metadata":"meta","state":{"values":{
               "b1":{"reason":{"type":"plain_text_input","value":"freeze week"}},
               "b2":{"pick":{"type":"static_select","selected_option":{"value":"x"}}},
               "b3":{"empty":{"type":"plain_text_input","value":null}}}}}}
            """);

        var submission = Assert.IsType<SlackViewSubmission>(SlackPayloadParser.ParseInteraction(body).Request);

        Assert.Equal("freeze week", submission.Value("b1", "reason"));
        Assert.Null(submission.Value("b2", "pick"));
        Assert.Null(submission.Value("b3", "empty"));
        Assert.Null(submission.Value("nope", "reason"));
        Assert.Null(submission.TriggerId);
    }

    [Fact]
    public void ParseEvent_UrlVerification_ReturnsTheChallenge()
    {
        var result = SlackPayloadParser.ParseEvent("""{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""");

        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", Assert.IsType<SlackUrlVerification>(result.Request).Challenge);
        Assert.Null(result.Request.DedupeKey);
    }

    [Fact]
    public void ParseEvent_MentionInThread_KeepsThreadTs()
    {
        var result = SlackPayloadParser.ParseEvent("""
            {"type":"event_callback","team_id":"T1","event_id":"Ev9","event":{"type":"app_mention","user":"U1","text":"<@U0BOT> status","channel":"C1","ts":"2.000","thread_ts":"1.000"}}
            """);

        var mention = Assert.IsType<SlackAppMention>(result.Request);
        Assert.Equal(("1.000", "<@U0BOT> status"), (mention.ThreadTs, mention.Text));
    }

    public static TheoryData<string, string> BadEvents => new()
    {
        { "", "event body is not valid JSON of the expected shape" },
        { "{}", "event body has no type" },
        { """{"type":"url_verification"}""", "url_verification without challenge" },
        { """{"type":"event_callback","event":{"type":"app_mention"}}""", "event_callback without event_id" },
        { """{"type":"event_callback","event_id":"Ev1"}""", "event_callback without event.type" },
        { """{"type":"event_callback","event_id":"Ev1","event":{"type":"app_mention","user":"U1"}}""", "app_mention without user, channel or ts" },
    };

    [Theory]
    [MemberData(nameof(BadEvents))]
    public void ParseEvent_Malformed_ShortError(string body, string error) =>
        Assert.Equal(error, SlackPayloadParser.ParseEvent(body).Error);

    [Fact]
    public void ParseEvent_RateLimitNotice_IsUnhandled() =>
        Assert.Equal("event:app_rate_limited", Assert.IsType<SlackUnhandledRequest>(
            SlackPayloadParser.ParseEvent("""{"type":"app_rate_limited","team_id":"T1","minute_rate_limited":1518467820}""").Request).Type);

    [Fact]
    public void Parse_InvalidUtf8_IsRefused()
    {
        byte[] body = [0x70, 0x61, 0xC3, 0x28];

        Assert.Equal("body is not UTF-8", SlackPayloadParser.ParseCommand(body).Error);
        Assert.Equal("body is not UTF-8", SlackPayloadParser.ParseInteraction(body).Error);
        Assert.Equal("body is not UTF-8", SlackPayloadParser.ParseEvent(body).Error);
    }

    [Fact]
    public void Parse_DeeplyNestedJson_IsRefusedNotThrown()
    {
        var deep = string.Concat(Enumerable.Repeat("{\"a\":", 200)) + "1" + new string('}', 200);

        Assert.False(SlackPayloadParser.ParseEvent(deep).IsSuccess);
        Assert.False(SlackPayloadParser.ParseInteraction(Form(deep)).IsSuccess);
    }

    private static string Form(string json) => "payload=" + WebUtility.UrlEncode(json);
}
