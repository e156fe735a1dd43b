namespace Cutover.Chat.Teams.Connector;

/// <summary>
/// The answer to create conversation: <see cref="Id"/> is the new conversation (for a channel post, the thread's
/// <c>19:…;messageid=…</c> id) and <see cref="ActivityId"/> the first message's id.
/// </summary>
public sealed record ConversationResourceResponse(string? Id, string? ActivityId, string? ServiceUrl);
