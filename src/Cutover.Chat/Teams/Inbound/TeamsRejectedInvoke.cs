namespace Cutover.Chat.Teams.Inbound;

/// <summary>
/// An <c>adaptiveCard/action</c> invoke Cutover cannot act on (missing action, not <c>Action.Execute</c>, unknown verb,
/// malformed data). Answer it with <see cref="Cards.AdaptiveCardInvokeResponse.Error(TeamsRejectedInvoke)"/> using <see cref="Code"/> and
/// <see cref="Message"/> (BBH answers 400 <c>BadRequest</c>/<c>NotSupported</c>).
/// </summary>
public sealed record TeamsRejectedInvoke(TeamsActivity Activity, ConversationReference? Conversation, string Code, string Message)
    : TeamsInboundEvent(Activity, Conversation)
{
    public const string BadRequest = "BadRequest";
    public const string NotSupported = "NotSupported";
}
