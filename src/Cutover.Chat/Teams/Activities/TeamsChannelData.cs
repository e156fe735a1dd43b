namespace Cutover.Chat.Teams.Activities;

/// <summary>Teams' <c>channelData</c>: the tenant, and in channels the team and channel (BBH <c>TeamsChannelData</c>).</summary>
public sealed record TeamsChannelData
{
    public TeamsTenantInfo? Tenant { get; init; }

    public TeamsTeamInfo? Team { get; init; }

    public TeamsChannelInfo? Channel { get; init; }

    /// <summary>For <c>conversationUpdate</c>: e.g. <c>teamMemberAdded</c>.</summary>
    public string? EventType { get; init; }
}
