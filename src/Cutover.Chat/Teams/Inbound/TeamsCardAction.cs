namespace Cutover.Chat.Teams.Inbound;

/// <summary>
/// An Approve/Reject click on a card (<c>invoke</c> <c>adaptiveCard/action</c>). The host answers the invoke with the
/// refreshed card (<see cref="Cards.AdaptiveCardInvokeResponse"/>) and updates <see cref="CardActivityId"/> for everyone.
/// </summary>
/// <param name="Activity">The invoke activity.</param>
/// <param name="Conversation">The card's conversation and thread.</param>
/// <param name="ActionId">The verb: <see cref="ActionIds.ApproveStep"/> or <see cref="ActionIds.RejectStep"/>.</param>
/// <param name="Verdict">What the click decides.</param>
/// <param name="Payload">Run, step and the step version the user saw.</param>
/// <param name="Reason">The reason typed into the reject card's input, trimmed; null when none arrived (the runbook then refuses the rejection).</param>
/// <param name="CardActivityId">The card message's id (the invoke's <c>replyToId</c>), for the PUT update.</param>
public sealed record TeamsCardAction(
    TeamsActivity Activity,
    ConversationReference Conversation,
    string ActionId,
    Verdict Verdict,
    StepActionPayload Payload,
    string? Reason,
    string? CardActivityId) : TeamsInboundEvent(Activity, Conversation);
