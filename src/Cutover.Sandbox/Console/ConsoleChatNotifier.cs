using Cutover.Core.Ports;
using Cutover.Core.Runbook;

namespace Cutover.Sandbox.Console;

/// <summary>
/// <see cref="IChatNotifier"/> for <see cref="ChatChannel.Console"/>: posts and updates go into the sandbox's
/// <see cref="ConsoleChannel"/>, where the console page sees them at once. A thread id is the id of its root message.
/// People are shown by name (<see cref="MessagePeople"/>): a console user is their name already.
/// </summary>
public sealed class ConsoleChatNotifier(ConsoleChannel channel, IPeopleDirectory people) : IChatNotifier
{
    public async Task<string> PostAsync(ConversationReference conversation, ChatMessage message, CancellationToken cancellationToken)
    {
        Require(conversation);
        var (shown, _) = await people.ShowAsync(ChatChannel.Console, message, cancellationToken).ConfigureAwait(false);
        return channel.Post(conversation.ChannelId, conversation.ThreadId, shown);
    }

    public async Task UpdateAsync(ConversationReference conversation, string messageId, ChatMessage message, CancellationToken cancellationToken)
    {
        Require(conversation);
        var (shown, _) = await people.ShowAsync(ChatChannel.Console, message, cancellationToken).ConfigureAwait(false);
        channel.Update(messageId, shown);
    }

    private static void Require(ConversationReference conversation)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (conversation.Channel != ChatChannel.Console)
            throw new ArgumentException($"The console notifier posts into console conversations only, not {conversation}.", nameof(conversation));
    }
}
