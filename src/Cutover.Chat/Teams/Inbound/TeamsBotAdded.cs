namespace Cutover.Chat.Teams.Inbound;

/// <summary>The bot was added to a team, chat or personal scope (<c>conversationUpdate</c>): post the help text.</summary>
public sealed record TeamsBotAdded(TeamsActivity Activity, ConversationReference Conversation)
    : TeamsInboundEvent(Activity, Conversation);
