namespace Cutover.Chat.Teams.Inbound;

/// <summary>A message to the bot: <see cref="CommandText"/> is the text without the bot's @mention, for the command parser.</summary>
public sealed record TeamsCommandMessage(TeamsActivity Activity, ConversationReference Conversation, string CommandText)
    : TeamsInboundEvent(Activity, Conversation);
