namespace Cutover.Chat.Slack.BlockKit;

/// <summary>
/// A submitted reject-reason modal: who rejects which step version, why, and the approval message
/// (<paramref name="ChannelId"/>, <paramref name="MessageTs"/>) to update with the decision.
/// </summary>
public sealed record RejectReasonSubmission(
    StepActionPayload Payload,
    string ChannelId,
    string MessageTs,
    string Reason,
    string UserId,
    string ViewId);
