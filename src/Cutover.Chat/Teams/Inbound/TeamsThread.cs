namespace Cutover.Chat.Teams.Inbound;

/// <summary>
/// Threads in Teams live in the conversation id. A channel conversation is <c>19:…@thread.tacv2</c>; an activity
/// inside one of its threads carries <c>19:…@thread.tacv2;messageid=&lt;root&gt;</c>, where <c>&lt;root&gt;</c> is the
/// id of the thread's first message (for a new top-level post, the activity's own id). So the thread root is the
/// text after <c>;messageid=</c>, and the channel is the text before it. Personal (<c>a:…</c>) and group chats
/// (<c>19:…@thread.v2</c>) have no threads. Posting to <c>&lt;channel&gt;;messageid=&lt;root&gt;</c> replies inside
/// that thread (<see href="https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference">Bot Connector API</see>).
/// </summary>
public static class TeamsThread
{
    public const string MessageIdMarker = ";messageid=";

    /// <summary>The conversation without its thread part, and the thread root when there is one.</summary>
    public static (string ConversationId, string? RootId) Split(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        var at = conversationId.IndexOf(MessageIdMarker, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
            return (conversationId, null);
        var root = conversationId[(at + MessageIdMarker.Length)..];
        return (conversationId[..at], root.Length == 0 ? null : root);
    }

    /// <summary>Whether the id is a Teams channel (only channels have threads).</summary>
    public static bool IsChannel(string conversationId)
    {
        ArgumentNullException.ThrowIfNull(conversationId);
        return conversationId.Contains(MessageIdMarker, StringComparison.OrdinalIgnoreCase)
               || conversationId.Contains("@thread.tacv2", StringComparison.OrdinalIgnoreCase)
               || conversationId.Contains("@thread.skype", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The conversation id to post to for <paramref name="threadId"/>: <c>&lt;channel&gt;;messageid=&lt;thread&gt;</c> in a
    /// channel, the conversation itself in a chat or when there is no thread.
    /// </summary>
    public static string ConversationIdFor(string conversationId, string? threadId)
    {
        if (string.IsNullOrEmpty(threadId))
            return conversationId;
        var (channel, _) = Split(conversationId);
        return IsChannel(channel) ? channel + MessageIdMarker + threadId : channel;
    }
}
