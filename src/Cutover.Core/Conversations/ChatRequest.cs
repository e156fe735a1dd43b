namespace Cutover.Core.Conversations;

/// <summary>Who said something (on the conversation's platform), and where: the channel (and thread, if any) the command or click came from.</summary>
public sealed record ChatRequest(ConversationReference Conversation, ChatUser User)
{
    /// <summary>Where a new run's plan goes: the same channel, as a new thread root.</summary>
    public ConversationReference NewThread() =>
        new(Conversation.Channel, Conversation.ChannelId, null, Conversation.ServiceUrl, Conversation.TenantId);
}
