namespace Cutover.Host.Chat;

/// <summary>
/// The <see cref="IChatNotifier"/> the Core sees: posts go to the adapter of the run's channel (Slack, Teams, the
/// sandbox console), registered as keyed services by <see cref="ChatChannel"/>.
/// </summary>
public sealed class ChannelRouter(IServiceProvider services) : IChatNotifier
{
    public Task<string> PostAsync(ConversationReference conversation, ChatMessage message, CancellationToken cancellationToken) =>
        For(conversation).PostAsync(conversation, message, cancellationToken);

    public Task UpdateAsync(ConversationReference conversation, string messageId, ChatMessage message, CancellationToken cancellationToken) =>
        For(conversation).UpdateAsync(conversation, messageId, message, cancellationToken);

    private IChatNotifier For(ConversationReference conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        return services.GetKeyedService<IChatNotifier>(conversation.Channel)
               ?? throw new InvalidOperationException($"{conversation.Channel} is not configured, so Cutover cannot post into {conversation}.");
    }
}
