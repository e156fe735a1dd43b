namespace Cutover.Chat.Slack.WebApi;

/// <summary><c>usergroups.users.list</c> arguments (form-encoded): the user group id, <c>S…</c>.</summary>
public sealed record UsergroupsUsersListRequest([property: AliasAs("usergroup")] string Usergroup);
