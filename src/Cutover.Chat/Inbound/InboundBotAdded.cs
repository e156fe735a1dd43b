namespace Cutover.Chat.Inbound;

/// <summary>The bot was added to a Teams team, chat or personal scope: the help is posted there for everyone.</summary>
public sealed record InboundBotAdded(ConversationReference Where) : InboundChatRequest(Where);
