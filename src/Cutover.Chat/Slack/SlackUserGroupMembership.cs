using System.Buffers;

namespace Cutover.Chat.Slack;

/// <summary>
/// Approver groups that are Slack user groups (ids <c>S…</c>), read with
/// <see href="https://docs.slack.dev/reference/methods/usergroups.users.list">usergroups.users.list</see> and cached
/// by <see cref="SlackUserGroupCache"/>. Group ids of other platforms (Entra ID object ids) are not Slack's: they
/// answer false without a call. A Slack error (an unknown group: <c>no_such_subteam</c>) propagates as
/// <see cref="SlackApiException"/>, so a misconfigured approver group is reported, not silently empty.
/// </summary>
public sealed class SlackUserGroupMembership(ISlackWebApi api, SlackUserGroupCache cache) : IGroupMembership
{
    private static readonly SearchValues<char> IdCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    public ChatChannel Platform => ChatChannel.Slack;

    public async Task<bool> IsMemberAsync(string groupId, string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(groupId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (!IsSlackUserGroupId(groupId))
            return false;
        var members = await cache.GetAsync(groupId, async ct =>
        {
            var answer = await api.ListUsergroupUsersAsync(new UsergroupsUsersListRequest(groupId), ct).ConfigureAwait(false);
            return (IReadOnlyCollection<string>)answer.Users;
        }, cancellationToken).ConfigureAwait(false);
        return members.Contains(userId);
    }

    /// <summary>Slack user group ids start with <c>S</c> followed by upper-case letters and digits.</summary>
    public static bool IsSlackUserGroupId(string groupId) =>
        groupId.Length > 1 && groupId[0] == 'S' && !groupId.AsSpan(1).ContainsAnyExcept(IdCharacters);
}
