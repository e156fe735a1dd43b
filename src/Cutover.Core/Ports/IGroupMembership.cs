namespace Cutover.Core.Ports;

/// <summary>
/// Group membership for approver groups: a Slack user group
/// (<see href="https://api.slack.com/methods/usergroups.users.list">usergroups.users.list</see>) or an
/// Entra ID group (<see href="https://learn.microsoft.com/graph/api/group-list-members">group: list members</see>).
/// </summary>
public interface IGroupMembership
{
    /// <summary>The platform whose groups and user ids this source knows.</summary>
    ChatChannel Platform { get; }

    /// <summary>Whether <paramref name="userId"/> (the platform's own id) belongs to <paramref name="groupId"/> now (implementations may cache briefly).</summary>
    Task<bool> IsMemberAsync(string groupId, string userId, CancellationToken cancellationToken);
}
