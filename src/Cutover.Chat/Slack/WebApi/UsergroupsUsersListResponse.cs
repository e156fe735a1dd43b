namespace Cutover.Chat.Slack.WebApi;

/// <summary><c>usergroups.users.list</c> answer: the user ids in the group.</summary>
public sealed record UsergroupsUsersListResponse : SlackResponse
{
    public IReadOnlyList<string> Users { get; init; } = [];
}
