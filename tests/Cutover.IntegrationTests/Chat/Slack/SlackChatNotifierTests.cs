using Cutover.Chat.Slack.BlockKit;
using static Cutover.IntegrationTests.Chat.Slack.SlackClientHarness;

namespace Cutover.IntegrationTests.Chat.Slack;

/// <summary><see cref="Cutover.Chat.Slack.SlackChatNotifier"/> through the real Refit client and handlers, against the fake Slack.</summary>
public sealed class SlackChatNotifierTests : IAsyncLifetime
{
    private static readonly StepActionPayload Payload = new(42, "deploy", 3);

    private SlackClientHarness _h = null!;

    public async Task InitializeAsync() => _h = await StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Post_NoThread_PostsARootAndReturnsItsTs()
    {
        var ts = await _h.Notifier.PostAsync(Conversation(), Plan(), CancellationToken.None);

        var root = Assert.Single(_h.Slack.RootMessages(Channel));
        Assert.Equal(ts, root.Ts);
        Assert.Null(root.ThreadTs);
        Assert.StartsWith(":information_source: Cutover plan: demo-app → demo-space", root.Text, StringComparison.Ordinal);
        Assert.Contains("*Run*\n42 requested by &lt;@U0REQ&gt;", root.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_WithThread_RepliesInThatThreadWithButtons()
    {
        var root = await _h.Notifier.PostAsync(Conversation(), Plan(), CancellationToken.None);

        var reply = await _h.Notifier.PostAsync(Conversation(root), Approval(), CancellationToken.None);

        var message = Assert.Single(_h.Slack.Thread(Channel, root));
        Assert.Equal(reply, message.Ts);
        Assert.Equal([ActionIds.ApproveStep, ActionIds.RejectStep], message.ActionIds);
        Assert.Equal(Payload, StepActionPayload.TryParse(message.ButtonValue(ActionIds.ApproveStep)));
        Assert.Single(_h.Slack.RootMessages(Channel));
    }

    [Fact]
    public async Task Update_PostedApproval_ReplacesTextAndDropsTheButtons()
    {
        var root = await _h.Notifier.PostAsync(Conversation(), Plan(), CancellationToken.None);
        var ts = await _h.Notifier.PostAsync(Conversation(root), Approval(), CancellationToken.None);

        await _h.Notifier.UpdateAsync(Conversation(root), ts, Decided(), CancellationToken.None);

        var message = _h.Slack.Message(Channel, ts)!;
        Assert.Equal(2, message.Version);
        Assert.Empty(message.ActionIds);
        Assert.Contains("approved by U0APPROVER", message.AllText, StringComparison.Ordinal);
        Assert.Equal(ts, Assert.Single(_h.Slack.Updates()).Ts);
    }

    [Fact]
    public async Task Update_UnknownMessage_ThrowsSlackApiExceptionWithSlacksCode()
    {
        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            _h.Notifier.UpdateAsync(Conversation(), "1.000001", Decided(), CancellationToken.None));

        Assert.Equal("chat.update", error.Method);
        Assert.Equal("message_not_found", error.Error);
    }

    [Fact]
    public async Task PostEphemeral_ToUserInThread_OnlyThatUserSeesIt()
    {
        await _h.Notifier.PostEphemeralAsync(Conversation("1700000000.000100"), "U0OUTSIDER",
            ChatMessage.Plain("You are not an approver for this run", MessageStatus.Failure), CancellationToken.None);

        var ephemeral = Assert.Single(_h.Slack.Ephemerals("U0OUTSIDER"));
        Assert.Equal(Channel, ephemeral.Channel);
        Assert.Equal("1700000000.000100", ephemeral.ThreadTs);
        Assert.Equal(":x: You are not an approver for this run", ephemeral.Text);
        Assert.Empty(_h.Slack.Messages());
    }

    [Fact]
    public async Task OpenRejectReason_AfterAClick_OpensTheModalWithPayloadAndMessage()
    {
        var ts = await _h.Notifier.PostAsync(Conversation(), Approval(), CancellationToken.None);
        var triggerId = await ClickRejectAsync(ts);

        await _h.Notifier.OpenRejectReasonAsync(triggerId, Payload, Channel, ts, CancellationToken.None);

        var view = Assert.Single(_h.Slack.Views());
        Assert.Equal("U0APPROVER", view.User);
        Assert.Equal(RejectReasonModal.CallbackId, view.CallbackId);
        Assert.Contains("\"run\":42", view.PrivateMetadata, StringComparison.Ordinal);
        Assert.Contains(ts, view.PrivateMetadata, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenRejectReason_TriggerUsedTwice_SecondFailsAsExchanged()
    {
        var ts = await _h.Notifier.PostAsync(Conversation(), Approval(), CancellationToken.None);
        var triggerId = await ClickRejectAsync(ts);
        await _h.Notifier.OpenRejectReasonAsync(triggerId, Payload, Channel, ts, CancellationToken.None);

        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            _h.Notifier.OpenRejectReasonAsync(triggerId, Payload, Channel, ts, CancellationToken.None));

        Assert.Equal("exchanged_trigger_id", error.Error);
    }

    [Fact]
    public async Task Post_RateLimitedTwice_IsDeliveredOnceAfterRetryAfter()
    {
        _h.Slack.RateLimitNext(2, TimeSpan.FromSeconds(1), "chat.postMessage");
        var clock = Stopwatch.StartNew();

        var ts = await _h.Notifier.PostAsync(Conversation(), Plan(), CancellationToken.None);

        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(1.9), $"retried after {clock.Elapsed}, before Retry-After ran out");
        Assert.Equal(ts, Assert.Single(_h.Slack.Messages()).Ts);
        Assert.Equal(3, _h.Slack.CallCount("chat.postMessage"));
        Assert.Equal(2, _h.Slack.Calls().Count(c => c.Error == "ratelimited"));
    }

    [Fact]
    public async Task Post_EnvelopeError_ThrowsSlackApiExceptionAndPostsNothing()
    {
        _h.Slack.FailNext("chat.postMessage", "not_in_channel");

        var error = await Assert.ThrowsAsync<SlackApiException>(() => _h.Notifier.PostAsync(Conversation(), Plan(), CancellationToken.None));

        Assert.Equal("not_in_channel", error.Error);
        Assert.Equal("Slack chat.postMessage failed: not_in_channel", error.Message);
        Assert.Empty(_h.Slack.Messages());
        Assert.Equal(1, _h.Slack.CallCount("chat.postMessage"));
    }

    [Fact]
    public async Task Post_UnknownChannel_ThrowsChannelNotFound()
    {
        var error = await Assert.ThrowsAsync<SlackApiException>(() =>
            _h.Notifier.PostAsync(new ConversationReference(ChatChannel.Slack, "general"), Plan(), CancellationToken.None));

        Assert.Equal("channel_not_found", error.Error);
    }

    [Fact]
    public async Task Post_TeamsConversation_IsRefusedBeforeAnyCall()
    {
        await Assert.ThrowsAsync<ArgumentException>(() =>
            _h.Notifier.PostAsync(new ConversationReference(ChatChannel.Teams, "19:abc"), Plan(), CancellationToken.None));

        Assert.Empty(_h.Slack.Calls());
    }

    [Fact]
    public async Task Post_Always_SendsJsonWithCharsetSoSlackHasNoWarning()
    {
        await _h.Notifier.PostAsync(Conversation(), Plan(), CancellationToken.None);

        var call = Assert.Single(_h.Slack.Calls());
        Assert.True(call.Ok);
        Assert.Null(call.Error);
    }

    /// <summary>An approver clicks Reject on the message; returns the trigger id the bot received.</summary>
    private async Task<string> ClickRejectAsync(string ts)
    {
        await using var bot = await SlackReceiver.StartAsync(_h.Slack.SigningSecret);
        var response = await _h.Slack.ClickAsync(bot.BaseUrl, "U0APPROVER", _h.Slack.Message(Channel, ts)!, ActionIds.RejectStep);
        response.EnsureSuccessStatusCode();
        return Assert.IsType<SlackBlockActions>(Assert.Single(bot.Received)).TriggerId;
    }

    internal static ChatMessage Plan() => new(
        "Cutover plan: demo-app → demo-space", MessageStatus.Info,
        [new("Run", "42 requested by <@U0REQ>"), new("Domains", "www.demo-app.example.com\napi.demo-app.example.com")], [])
    {
        Mentions = [],
    };

    internal static ChatMessage Approval() => new(
        "Run step 5: Deploy?", MessageStatus.Pending, [new("Run", "42 (demo-app → demo-space)"), new("Version", "3")],
        [
            new(ActionIds.ApproveStep, "Approve", ActionStyle.Primary, Payload),
            new(ActionIds.RejectStep, "Reject", ActionStyle.Danger, Payload),
        ]);

    internal static ChatMessage Decided() => new(
        "Step 5: Deploy — approved", MessageStatus.Success, [new("Decisions", "approved by U0APPROVER at 2026-03-02 09:00 UTC")], []);
}
