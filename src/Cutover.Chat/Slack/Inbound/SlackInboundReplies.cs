namespace Cutover.Chat.Slack.Inbound;

/// <summary>Slack's private replies: an ephemeral message to the user, in the channel and thread the request came from.</summary>
public sealed class SlackInboundReplies(SlackChatNotifier slack) : IInboundReplies
{
    public string Channel => SlackEndpoints.Channel;

    public async Task ReplyAsync(string key, ChatRequest to, ChatMessage? reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        if (reply is not null)
            await slack.PostEphemeralAsync(to.Conversation, to.User.Id, reply, cancellationToken);
    }
}
