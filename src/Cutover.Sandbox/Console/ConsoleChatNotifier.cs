using Cutover.Core.Ports;
using Cutover.Core.Runbook;

namespace Cutover.Sandbox.Console;

/// <summary>
/// <see cref="IChatNotifier"/> for <see cref="ChatChannel.Console"/>: posts and updates go into the sandbox's
/// <see cref="ConsoleChannel"/>, where the console page sees them at once. A thread id is the id of its root message.
/// </summary>
public sealed class ConsoleChatNotifier(ConsoleChannel channel) : IChatNotifier
{
    public Task<string> PostAsync(ConversationReference conversation, ChatMessage message, CancellationToken cancellationToken)
    {
        Require(conversation);
        return Task.FromResult(channel.Post(conversation.ChannelId, conversation.ThreadId, message));
    }

    public Task UpdateAsync(ConversationReference conversation, string messageId, ChatMessage message, CancellationToken cancellationToken)
    {
        Require(conversation);
        channel.Update(messageId, message);
        return Task.CompletedTask;
    }

    private static void Require(ConversationReference conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (conversation.Channel != ChatChannel.Console)
            throw new ArgumentException($"The console notifier posts into console conversations only, not {conversation}.", nameof(conversation));
    }
}
