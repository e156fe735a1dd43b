namespace Cutover.Chat.Inbound;

/// <summary>
/// An Approve or Reject decision on the step version the user saw (<paramref name="Payload"/>): a button, or Slack's
/// reject-reason modal. <paramref name="Reason"/> is the rejection's reason, null when none was given.
/// </summary>
public sealed record InboundClick(ConversationReference Where, ChatUser User, StepActionPayload Payload, Verdict Verdict, string? Reason)
    : InboundChatRequest(Where);
