namespace Cutover.Core.Conversations;

/// <summary>
/// The Slack workspace (<c>SLACK_TEAM_ID</c>) and the Teams tenant this Cutover serves. A request from any other is
/// refused before it is read: an app installed in a second workspace, or a user from another organisation in a shared
/// channel, never plans, approves or changes a run. Null means any (a single-workspace install, a multi-tenant bot).
/// </summary>
public sealed record ChatHomes(string? SlackWorkspace = null, string? TeamsTenant = null)
{
    /// <summary>Why a request from <paramref name="from"/> is refused, or null when it comes from home.</summary>
    public string? Refusal(ConversationReference from)
    {
        ArgumentNullException.ThrowIfNull(from);
        return from.Channel switch
        {
            ChatChannel.Slack when SlackWorkspace is { } home && !string.Equals(from.TenantId, home, StringComparison.Ordinal) =>
                $"This Cutover takes requests only from Slack workspace {home}; this one came from {Named(from.TenantId, "workspace")}.",
            ChatChannel.Teams when TeamsTenant is { } home && !string.Equals(from.TenantId, home, StringComparison.OrdinalIgnoreCase) =>
                $"This Cutover takes requests only from Teams tenant {home}; this one came from {Named(from.TenantId, "tenant")}.",
            _ => null,
        };
    }

    private static string Named(string? id, string what) => string.IsNullOrWhiteSpace(id) ? $"an unnamed {what}" : $"{what} {id}";
}
