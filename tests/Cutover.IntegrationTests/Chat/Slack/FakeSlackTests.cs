using Cutover.Chat.Slack.BlockKit;
using static Cutover.IntegrationTests.Chat.Slack.SlackClientHarness;

namespace Cutover.IntegrationTests.Chat.Slack;

/// <summary>
/// The fake Slack acting as the workspace's people: what it sends must pass the production verifier and parser,
/// exactly as Slack's own requests do; and its Web API refuses what Slack refuses.
/// </summary>
public sealed class FakeSlackTests : IAsyncLifetime
{
    private SlackClientHarness _h = null!;
    private SlackReceiver _bot = null!;

    public async Task InitializeAsync()
    {
        _h = await StartAsync();
        _bot = await SlackReceiver.StartAsync(_h.Slack.SigningSecret);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _h.DisposeAsync();
    }

    [Fact]
    public async Task SendCommand_AsSlack_IsVerifiedAndParsed()
    {
        var response = await _h.Slack.SendCommandAsync(_bot.BaseUrl, "U0REQ", Channel, "plan demo-app to demo-space at 2026-03-05T18:00Z");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var command = Assert.IsType<SlackSlashCommand>(Assert.Single(_bot.Received));
        Assert.Equal(("/cutover", "U0REQ", Channel, FakeSlack.TeamId), (command.Command, command.UserId, command.ChannelId, command.TeamId));
        Assert.Equal("plan demo-app to demo-space at 2026-03-05T18:00Z", command.Text);
        Assert.StartsWith(_h.Slack.Root.ToString(), command.ResponseUrl, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Click_ApproveInThread_CarriesPayloadMessageAndThread()
    {
        var root = await _h.Notifier.PostAsync(Conversation(), SlackChatNotifierTests.Plan(), CancellationToken.None);
        var ts = await _h.Notifier.PostAsync(Conversation(root), SlackChatNotifierTests.Approval(), CancellationToken.None);

        await _h.Slack.ClickAsync(_bot.BaseUrl, "U0APPROVER", _h.Slack.Message(Channel, ts)!, ActionIds.ApproveStep);

        var click = Assert.IsType<SlackBlockActions>(Assert.Single(_bot.Received));
        Assert.Equal(("U0APPROVER", Channel, ts, root), (click.UserId, click.ChannelId, click.MessageTs, click.ThreadTs));
        Assert.Equal(ActionIds.ApproveStep, click.Action.ActionId);
        Assert.Equal(new StepActionPayload(42, "deploy", 3), StepActionPayload.TryParse(click.Action.Value));
    }

    [Fact]
    public async Task Click_UnknownButton_FailsTheTestClearly()
    {
        var ts = await _h.Notifier.PostAsync(Conversation(), SlackChatNotifierTests.Plan(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            _h.Slack.ClickAsync(_bot.BaseUrl, "U0APPROVER", _h.Slack.Message(Channel, ts)!, ActionIds.ApproveStep));

        Assert.Contains("has no button runbook.approve-step", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubmitRejectReason_OpenedModal_ParsesBackToTheRejection()
    {
        var ts = await _h.Notifier.PostAsync(Conversation(), SlackChatNotifierTests.Approval(), CancellationToken.None);
        await _h.Slack.ClickAsync(_bot.BaseUrl, "U0APPROVER", _h.Slack.Message(Channel, ts)!, ActionIds.RejectStep);
        var click = Assert.IsType<SlackBlockActions>(_bot.Received[^1]);
        await _h.Notifier.OpenRejectReasonAsync(click.TriggerId, StepActionPayload.TryParse(click.Action.Value)!, click.ChannelId, click.MessageTs,
            CancellationToken.None);

        await _h.Slack.SubmitRejectReasonAsync(_bot.BaseUrl, "U0APPROVER", Assert.Single(_h.Slack.Views()), "freeze week");

        var submission = Assert.IsType<SlackViewSubmission>(_bot.Received[^1]);
        Assert.True(RejectReasonModal.TryParse(submission, out var rejection, out var error), error);
        Assert.Equal(new RejectReasonSubmission(new StepActionPayload(42, "deploy", 3), Channel, ts, "freeze week", "U0APPROVER",
            _h.Slack.Views()[0].Id), rejection);
    }

    [Fact]
    public async Task Mention_AsEventsApi_IsVerifiedAndParsed()
    {
        await _h.Slack.MentionAsync(_bot.BaseUrl, "U0REQ", Channel, "status demo-app", threadTs: "1700000000.000100");

        var mention = Assert.IsType<SlackAppMention>(Assert.Single(_bot.Received));
        Assert.Equal(($"<@{FakeSlack.BotUserId}> status demo-app", "1700000000.000100"), (mention.Text, mention.ThreadTs));
    }

    [Fact]
    public async Task Redeliver_SameRequest_SameDedupeKeyWithRetryHeaders()
    {
        await _h.Slack.SendCommandAsync(_bot.BaseUrl, "U0REQ", Channel, "list");
        var delivery = Assert.Single(_h.Slack.Deliveries());

        var again = await _h.Slack.RedeliverAsync(delivery, retryNum: 1);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, _bot.Received.Count);
        Assert.Equal(_bot.Received[0].DedupeKey, _bot.Received[1].DedupeKey);
    }

    [Fact]
    public async Task SendCommand_SignedWithAnotherSecret_IsRefusedBeforeParsing()
    {
        await using var otherApp = await SlackReceiver.StartAsync("another-apps-secret");

        var response = await _h.Slack.SendCommandAsync(otherApp.BaseUrl, "U0REQ", Channel, "list");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(["signature does not match the body"], otherApp.Refusals);
        Assert.Empty(otherApp.Received);
    }

    [Fact]
    public async Task WebApi_WrongToken_IsInvalidAuth()
    {
        await using var stranger = await StartAsync(token: "xoxb-stolen");

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            stranger.Notifier.PostAsync(Conversation(), SlackChatNotifierTests.Plan(), CancellationToken.None));

        Assert.Equal("invalid_auth", error.Error);
    }

    [Fact]
    public async Task WebApi_TooManyBlocks_IsInvalidBlocksWithSlacksDetail()
    {
        var blocks = Enumerable.Range(0, 51).Select(i => (Block)new SectionBlock(TextObject.Markdown($"b{i}"))).ToList();

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            _h.Api.PostMessageAsync(new ChatPostMessageRequest(Channel, "t", blocks), CancellationToken.None));

        Assert.Equal("invalid_blocks", error.Error);
        Assert.Contains("[ERROR] no more than 50 items allowed [json-pointer:/blocks]", error.Details);
    }

    [Fact]
    public async Task WebApi_ReplyToUnknownThread_IsThreadNotFound()
    {
        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            _h.Notifier.PostAsync(Conversation("1.000001"), SlackChatNotifierTests.Plan(), CancellationToken.None));

        Assert.Equal("thread_not_found", error.Error);
    }

    [Fact]
    public async Task WebApi_UsersAndConversations_AnswerWhatTheWorkspaceHolds()
    {
        _h.Slack.AddUser("U0ALICE", "alice");
        _h.Slack.AddChannel("G0PRIVATE", "migrations", isPrivate: true);

        var user = await _h.Api.GetUserAsync(new UsersInfoRequest("U0ALICE"), CancellationToken.None);
        var channel = await _h.Api.GetConversationAsync(new ConversationsInfoRequest("G0PRIVATE"), CancellationToken.None);
        var missing = await Assert.ThrowsAsync<SlackApiException>(() => _h.Api.GetUserAsync(new UsersInfoRequest("U0NOBODY"), CancellationToken.None));

        Assert.Equal(("U0ALICE", "alice"), (user.User!.Id, user.User.Name));
        Assert.Equal(("migrations", true, true), (channel.Channel!.Name, channel.Channel.IsPrivate, channel.Channel.IsMember));
        Assert.Equal("user_not_found", missing.Error);
    }

    [Fact]
    public async Task ResponseUrl_OfACommand_ShowsEphemeralOrInChannel()
    {
        await _h.Slack.SendCommandAsync(_bot.BaseUrl, "U0REQ", Channel, "help");
        var command = Assert.IsType<SlackSlashCommand>(Assert.Single(_bot.Received));
        using var http = new HttpClient();

        var ephemeral = await http.PostAsJsonAsync(command.ResponseUrl, new { text = "Usage: /cutover plan <app> to <space>" });
        var inChannel = await http.PostAsJsonAsync(command.ResponseUrl, new { text = "Planning demo-app", response_type = "in_channel" });

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (ephemeral.StatusCode, inChannel.StatusCode));
        Assert.Equal("Usage: /cutover plan <app> to <space>", Assert.Single(_h.Slack.Ephemerals("U0REQ")).Text);
        Assert.Equal("Planning demo-app", Assert.Single(_h.Slack.RootMessages(Channel)).Text);
        Assert.Equal(2, _h.Slack.Responses().Count);
    }

    [Fact]
    public async Task ResponseUrl_OfAClickWithReplaceOriginal_ReplacesTheClickedMessage()
    {
        var ts = await _h.Notifier.PostAsync(Conversation(), SlackChatNotifierTests.Approval(), CancellationToken.None);
        await _h.Slack.ClickAsync(_bot.BaseUrl, "U0APPROVER", _h.Slack.Message(Channel, ts)!, ActionIds.ApproveStep);
        var click = Assert.IsType<SlackBlockActions>(Assert.Single(_bot.Received));
        using var http = new HttpClient();

        var response = await http.PostAsJsonAsync(click.ResponseUrl, new { text = "Approved by U0APPROVER", replace_original = true });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var message = _h.Slack.Message(Channel, ts)!;
        Assert.Equal(("Approved by U0APPROVER", 2), (message.Text, message.Version));
        Assert.Empty(message.ActionIds);
    }

    [Fact]
    public async Task WaitFor_ConditionNeverMet_TimesOutDescribingTheRecording()
    {
        await _h.Notifier.PostAsync(Conversation(), SlackChatNotifierTests.Plan(), CancellationToken.None);

        var error = await Assert.ThrowsAsync<TimeoutException>(() =>
            _h.Slack.WaitForAsync(s => s.Messages().Count > 1, TimeSpan.FromMilliseconds(200)));

        Assert.Contains("Cutover plan: demo-app → demo-space", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaitFor_MessageArrivingLater_ReturnsIt()
    {
        var waiting = _h.Slack.WaitForAsync(s => s.RootMessages(Channel) is [var first, ..] ? first : null, TimeSpan.FromSeconds(10));

        await _h.Notifier.PostAsync(Conversation(), SlackChatNotifierTests.Plan(), CancellationToken.None);

        Assert.StartsWith(":information_source: Cutover plan", (await waiting).Text, StringComparison.Ordinal);
    }
}
