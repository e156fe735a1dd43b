namespace Cutover.Chat.Inbound;

/// <summary>
/// A Slack Reject click whose reason modal could not be opened within Slack's three seconds: the clicker is asked, privately,
/// to reject with the reason as a command (<see cref="RunMessages.RejectByCommand"/>).
/// </summary>
public sealed record InboundRejectByCommand(ConversationReference Where, ChatUser User, StepActionPayload Payload) : InboundChatRequest(Where);
