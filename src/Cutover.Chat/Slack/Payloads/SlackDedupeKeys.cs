namespace Cutover.Chat.Slack.Payloads;

/// <summary>
/// Request-ledger keys per kind of Slack request, at most <see cref="MaxLength"/> characters (longer keys are
/// replaced by a SHA-256 of themselves, keeping the kind prefix).
/// </summary>
public static class SlackDedupeKeys
{
    /// <summary>The ledger's key column length.</summary>
    public const int MaxLength = 256;

    /// <summary>A slash command: its <c>trigger_id</c>, unique per invocation.</summary>
    public static string Command(string triggerId) => Key("command", triggerId);

    /// <summary>
    /// A button click, identified by the click itself (<paramref name="click"/>: its <c>action_ts</c>, or its
    /// <c>trigger_id</c>): only a redelivery of the same request is a duplicate. Clicking the same button again is a new
    /// request and is answered, e.g. after a refusal that has since been resolved.
    /// </summary>
    public static string Action(string actionId, string messageTs, string userId, string? value, string click) =>
        Key("action", messageTs, userId, actionId, value ?? string.Empty, click);

    /// <summary>A modal submission: the view id (one submission per opened modal).</summary>
    public static string View(string viewId) => Key("view", viewId);

    /// <summary>An Events API callback: Slack keeps <c>event_id</c> across its retries.</summary>
    public static string Event(string eventId) => Key("event", eventId);

    private static string Key(string kind, params string[] parts)
    {
        var key = $"slack:{kind}:{string.Join(':', parts)}";
        if (key.Length <= MaxLength)
            return key;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return $"slack:{kind}:sha256:{Convert.ToHexStringLower(hash)}";
    }
}
