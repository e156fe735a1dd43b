namespace Cutover.Chat.Inbound;

/// <summary>Text typed to Cutover (a Slack slash command or mention, a Teams message), without the bot's mention.</summary>
public sealed record InboundCommand(ConversationReference Where, ChatUser User, string Text) : InboundChatRequest(Where);
