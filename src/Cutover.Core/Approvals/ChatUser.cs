namespace Cutover.Core.Approvals;

/// <summary>
/// A person as one chat platform knows them: the platform, and that platform's id for them (a Slack user id, an Entra
/// object id, a sandbox name). Configured, stored, audited and shown qualified — <c>slack:U0123ABCD</c>,
/// <c>teams:&lt;Entra object id&gt;</c>, <c>console:alice</c> — so the same id string on two platforms is never the same person.
/// </summary>
public sealed record ChatUser
{
    public ChatUser(ChatChannel platform, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Platform = platform;
        Id = id.Trim();
        Qualified = $"{Prefix(platform)}:{Id}";
    }

    public ChatChannel Platform { get; }

    /// <summary>The platform's own id for the person, without the platform.</summary>
    public string Id { get; }

    /// <summary><c>platform:id</c>, as configured, stored and shown.</summary>
    public string Qualified { get; }

    /// <summary>The word that qualifies a user id of <paramref name="platform"/>: <c>slack</c>, <c>teams</c> or <c>console</c>.</summary>
    public static string Prefix(ChatChannel platform) => platform switch
    {
        ChatChannel.Slack => "slack",
        ChatChannel.Teams => "teams",
        ChatChannel.Console => "console",
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "not a chat platform"),
    };

    /// <summary>Reads <c>platform:id</c>; false for a bare id, an unknown platform or an empty id.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out ChatUser? user)
    {
        user = QualifiedId.TryParse(value, Prefix, out var platform, out var id) ? new ChatUser(platform, id) : null;
        return user is not null;
    }

    public override string ToString() => Qualified;
}

/// <summary>
/// A group whose members may approve, on the platform that knows its members: <c>slack-group:S…</c> (a Slack user group)
/// or <c>teams-group:&lt;Entra group id&gt;</c>. A member counts only when acting on that same platform.
/// </summary>
public sealed record ApproverGroup
{
    public ApproverGroup(ChatChannel platform, string id)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Platform = platform is ChatChannel.Slack or ChatChannel.Teams
            ? platform
            : throw new ArgumentOutOfRangeException(nameof(platform), platform, "only Slack and Teams have approver groups");
        Id = id.Trim();
    }

    public ChatChannel Platform { get; }

    /// <summary>The platform's own group id.</summary>
    public string Id { get; }

    /// <summary>The word that qualifies a group id of <paramref name="platform"/>: <c>slack-group</c> or <c>teams-group</c>.</summary>
    public static string Prefix(ChatChannel platform) => platform switch
    {
        ChatChannel.Slack => "slack-group",
        ChatChannel.Teams => "teams-group",
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "only Slack and Teams have approver groups"),
    };

    /// <summary>Reads <c>slack-group:id</c> or <c>teams-group:id</c>; false for anything else.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out ApproverGroup? group)
    {
        group = QualifiedId.TryParse(value, p => p is ChatChannel.Console ? string.Empty : Prefix(p), out var platform, out var id)
            ? new ApproverGroup(platform, id)
            : null;
        return group is not null;
    }

    public override string ToString() => $"{Prefix(Platform)}:{Id}";
}

/// <summary>The <c>prefix:id</c> reading both qualified kinds share.</summary>
internal static class QualifiedId
{
    public static bool TryParse(string? value, Func<ChatChannel, string> prefix, out ChatChannel platform, out string id)
    {
        platform = default;
        id = string.Empty;
        if (value is null)
            return false;
        var colon = value.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || value.AsSpan(colon + 1).IsWhiteSpace())
            return false;
        var word = value[..colon];
        foreach (var candidate in Enum.GetValues<ChatChannel>())
        {
            if (prefix(candidate) is { Length: > 0 } known && string.Equals(known, word, StringComparison.OrdinalIgnoreCase))
            {
                platform = candidate;
                id = value[(colon + 1)..].Trim();
                return true;
            }
        }

        return false;
    }
}
