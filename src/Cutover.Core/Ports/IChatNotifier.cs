namespace Cutover.Core.Ports;

/// <summary>
/// Posts channel-neutral messages into a run's conversation. Slack implements it with
/// <see href="https://api.slack.com/methods/chat.postMessage">chat.postMessage</see> /
/// <see href="https://api.slack.com/methods/chat.update">chat.update</see>; Teams with the Bot Connector's
/// <see href="https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference">reply to activity / update activity</see>.
/// </summary>
public interface IChatNotifier
{
    /// <summary>Posts into the conversation's thread (or starts the thread when it has none); returns the message id.</summary>
    Task<string> PostAsync(ConversationReference conversation, ChatMessage message, CancellationToken cancellationToken);

    /// <summary>Replaces a message posted earlier (e.g. an approval request, once decided).</summary>
    Task UpdateAsync(ConversationReference conversation, string messageId, ChatMessage message,
        CancellationToken cancellationToken);
}
