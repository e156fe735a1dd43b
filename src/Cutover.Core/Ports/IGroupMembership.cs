namespace Cutover.Core.Ports;

/// <summary>
/// Group membership for approver groups: a Slack user group
/// (<see href="https://api.slack.com/methods/usergroups.users.list">usergroups.users.list</see>) or an
/// Entra ID group (<see href="https://learn.microsoft.com/graph/api/group-list-members">group: list members</see>).
/// </summary>
public interface IGroupMembership
{
    /// <summary>Whether <paramref name="userId"/> belongs to <paramref name="groupId"/> now (implementations may cache briefly).</summary>
    Task<bool> IsMemberAsync(string groupId, string userId, CancellationToken cancellationToken);
}
