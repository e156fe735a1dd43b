namespace Cutover.Chat.Slack;

/// <summary>
/// Posts Cutover's messages to Slack: rendered with <see cref="BlockKitRenderer"/>, posted and updated through
/// <see cref="ISlackWebApi"/>, paced per channel by <see cref="SlackChannelPacer"/> (posts and updates; ephemeral
/// replies and modals are not paced, they answer a person who is waiting). Failures surface as
/// <see cref="SlackApiException"/>. Slack users in a message become mentions, which Slack shows by name; anyone else is
/// shown by the name <paramref name="people"/> knows (<see cref="MessagePeople"/>). A message's picture (a health report's
/// chart) is uploaded into the thread after it (<see cref="SlackFileUploads"/>); when that fails the message says so.
/// </summary>
public sealed class SlackChatNotifier(ISlackWebApi api, SlackChannelPacer pacer, IPeopleDirectory people, SlackFileUploads files) : IChatNotifier
{
    /// <summary>
    /// <see href="https://docs.slack.dev/reference/methods/chat.postMessage">chat.postMessage</see> into the
    /// conversation's thread, or as a new root when it has none yet. Returns the message's <c>ts</c>: for a root,
    /// the thread id to attach to the conversation.
    /// </summary>
    public async Task<string> PostAsync(ConversationReference conversation, ChatMessage message, CancellationToken cancellationToken)
    {
        RequireSlack(conversation);
        ArgumentNullException.ThrowIfNull(message);
        var content = await RenderAsync(message, cancellationToken).ConfigureAwait(false);
        var request = new ChatPostMessageRequest(conversation.ChannelId, content.Text, content.Blocks, conversation.ThreadId);
        var answer = await pacer.RunAsync(conversation.ChannelId, ct => api.PostMessageAsync(request, ct), cancellationToken).ConfigureAwait(false);
        if (answer.Ts is not { Length: > 0 } ts)
            throw new SlackApiException("chat.postMessage", "invalid_response");
        if (message.Image is { } image)
            await ShareImageAsync(conversation, ts, message, image, cancellationToken).ConfigureAwait(false);
        return ts;
    }

    /// <summary>Uploads the picture into the message's thread; a failed upload is said in the message itself (never lost silently).</summary>
    private async Task ShareImageAsync(ConversationReference conversation, string ts, ChatMessage message, ChatImage image, CancellationToken cancellationToken)
    {
        try
        {
            await files.UploadAsync(conversation.ChannelId, conversation.ThreadId ?? ts, image, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is HttpRequestException or SlackApiException
                                              || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var reason = exception is SlackApiException slack ? slack.Message : exception.GetType().Name;
            var said = message with { Image = null, Fields = [.. message.Fields, new MessageField("Chart", $"not shown: the upload to Slack failed ({reason}). {image.AltText}")] };
            await UpdateAsync(conversation, ts, said, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary><see href="https://docs.slack.dev/reference/methods/chat.update">chat.update</see> of the message whose ts is <paramref name="messageId"/>.</summary>
    public async Task UpdateAsync(ConversationReference conversation, string messageId, ChatMessage message, CancellationToken cancellationToken)
    {
        RequireSlack(conversation);
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentNullException.ThrowIfNull(message);
        var content = await RenderAsync(message, cancellationToken).ConfigureAwait(false);
        var request = new ChatUpdateRequest(conversation.ChannelId, messageId, content.Text, content.Blocks);
        await pacer.RunAsync(conversation.ChannelId, ct => api.UpdateMessageAsync(request, ct), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <see href="https://docs.slack.dev/reference/methods/chat.postEphemeral">chat.postEphemeral</see>: a message only
    /// <paramref name="userId"/> sees, in the conversation's thread when it has one.
    /// </summary>
    public async Task PostEphemeralAsync(ConversationReference conversation, string userId, ChatMessage message, CancellationToken cancellationToken)
    {
        RequireSlack(conversation);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(message);
        var content = await RenderAsync(message, cancellationToken).ConfigureAwait(false);
        var request = new ChatPostEphemeralRequest(conversation.ChannelId, userId, content.Text, content.Blocks, conversation.ThreadId);
        await api.PostEphemeralAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private async Task<SlackMessageContent> RenderAsync(ChatMessage message, CancellationToken cancellationToken) =>
        BlockKitRenderer.Render((await people.ShowAsync(ChatChannel.Slack, message, cancellationToken).ConfigureAwait(false)).Message);

    /// <summary>
    /// <see href="https://docs.slack.dev/reference/methods/views.open">views.open</see> of the reject-reason modal
    /// (<see cref="RejectReasonModal"/>) for a Reject click; call it at once, the trigger expires after about 3 s.
    /// </summary>
    public async Task OpenRejectReasonAsync(string triggerId, StepActionPayload payload, string channelId, string messageTs,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(triggerId);
        var view = RejectReasonModal.Build(payload, channelId, messageTs);
        await api.OpenViewAsync(new ViewsOpenRequest(triggerId, view), cancellationToken).ConfigureAwait(false);
    }

    private static void RequireSlack(ConversationReference conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (conversation.Channel != ChatChannel.Slack)
            throw new ArgumentException($"{conversation} is not a Slack conversation.", nameof(conversation));
    }
}
