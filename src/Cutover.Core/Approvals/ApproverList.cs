namespace Cutover.Core.Approvals;

/// <summary>
/// Reads the approver settings, <c>CUTOVER_APPROVERS</c> (users) and <c>CUTOVER_APPROVER_GROUPS</c> (groups): entries
/// separated by commas, semicolons or spaces, each qualified by its platform. A bare id is refused with the line that
/// says how to write it, because guessing its platform is how one platform's user could pass for another's.
/// </summary>
public static class ApproverList
{
    public const string UsersSetting = "CUTOVER_APPROVERS";

    public const string GroupsSetting = "CUTOVER_APPROVER_GROUPS";

    /// <summary>The users of a <c>CUTOVER_APPROVERS</c> value, or why an entry cannot be read.</summary>
    public static Result<IReadOnlySet<ChatUser>> Users(string? list) =>
        Read<ChatUser>(list, ChatUser.TryParse, entry =>
            $"{UsersSetting} entry '{entry}' does not say its platform: write slack:<Slack user id> or teams:<Entra object id> (console:<name> in the sandbox)"
            + Example(entry, "slack", "teams"));

    /// <summary>The groups of a <c>CUTOVER_APPROVER_GROUPS</c> value, or why an entry cannot be read.</summary>
    public static Result<IReadOnlySet<ApproverGroup>> Groups(string? list) =>
        Read<ApproverGroup>(list, ApproverGroup.TryParse, entry =>
            $"{GroupsSetting} entry '{entry}' does not say its platform: write slack-group:<Slack user group id> or teams-group:<Entra group id>"
            + Example(entry, "slack-group", "teams-group"));

    private delegate bool TryParse<T>(string? value, [NotNullWhen(true)] out T? parsed);

    private static Result<IReadOnlySet<T>> Read<T>(string? list, TryParse<T> parse, Func<string, string> refusal)
    {
        var read = new HashSet<T>();
        foreach (var entry in Entries(list))
        {
            if (!parse(entry, out var parsed))
                return Result<IReadOnlySet<T>>.Refuse(refusal(entry));
            read.Add(parsed);
        }

        return read;
    }

    private static string[] Entries(string? list) =>
        (list ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// For a bare id, the entry written out: Entra ids are GUIDs, anything else reads as a Slack id. Nothing for an
    /// entry with an unknown prefix.
    /// </summary>
    private static string Example(string entry, string slack, string teams) =>
        entry.Contains(':', StringComparison.Ordinal) ? "." : $", e.g. {(Guid.TryParse(entry, out _) ? teams : slack)}:{entry}.";
}
