using Cutover.Core.Approvals;
using Cutover.Core.Runbook;

namespace Cutover.Testing;

/// <summary>
/// The people the tests act as, each one platform's user (qualified: <c>slack:U-alice</c>). Use <see cref="ChatUser.Id"/>
/// where a fake speaks as them and <see cref="ChatUser.Qualified"/> where Cutover lists, stores or audits them.
/// </summary>
public static class Users
{
    /// <summary>Who plans the run in Slack.</summary>
    public static readonly ChatUser Requester = new(ChatChannel.Slack, "U-req");

    /// <summary>A Slack approver.</summary>
    public static readonly ChatUser Alice = new(ChatChannel.Slack, "U-alice");

    /// <summary>Another Slack approver.</summary>
    public static readonly ChatUser Bob = new(ChatChannel.Slack, "U-bob");

    /// <summary>A Slack user of the workspace who is no approver.</summary>
    public static readonly ChatUser Mallory = new(ChatChannel.Slack, "U-mallory");

    /// <summary>Who plans the run in Teams (an Entra object id).</summary>
    public static readonly ChatUser TeamsRequester = new(ChatChannel.Teams, "0b6f2c1e-1111-4a5b-8c7d-000000000001");

    /// <summary>A Teams approver.</summary>
    public static readonly ChatUser TeamsAlice = new(ChatChannel.Teams, "0b6f2c1e-2222-4a5b-8c7d-000000000002");

    /// <summary>Another Teams approver.</summary>
    public static readonly ChatUser TeamsBob = new(ChatChannel.Teams, "0b6f2c1e-3333-4a5b-8c7d-000000000003");

    /// <summary>A Teams user of the tenant who is no approver.</summary>
    public static readonly ChatUser TeamsOutsider = new(ChatChannel.Teams, "0b6f2c1e-9999-4a5b-8c7d-000000000009");

    /// <summary>The display name Teams sends as <c>from.name</c> for each Teams user above.</summary>
    public static string TeamsName(string entraObjectId) => entraObjectId switch
    {
        _ when entraObjectId == TeamsRequester.Id => "Rita Requester",
        _ when entraObjectId == TeamsAlice.Id => "Alice Ops",
        _ when entraObjectId == TeamsBob.Id => "Bob Ops",
        _ when entraObjectId == TeamsOutsider.Id => "Oscar Outsider",
        _ => $"User {entraObjectId}",
    };

    /// <summary><paramref name="users"/> qualified and space-separated, as <c>CUTOVER_APPROVERS</c> lists them.</summary>
    public static string Qualified(params ChatUser[] users) => string.Join(' ', users.Select(u => u.Qualified));
}
