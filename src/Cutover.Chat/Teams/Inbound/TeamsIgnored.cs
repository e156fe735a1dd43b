namespace Cutover.Chat.Teams.Inbound;

/// <summary>An activity Cutover does not act on (other types, other members joining, legacy submits); answer 200.</summary>
public sealed record TeamsIgnored(TeamsActivity Activity, ConversationReference? Conversation, string Reason)
    : TeamsInboundEvent(Activity, Conversation);
