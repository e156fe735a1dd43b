namespace Cutover.Sandbox.Runtime;

/// <summary>Someone the console's user switcher can act as.</summary>
/// <param name="Id">The user id Cutover sees (what Slack's user id would be).</param>
/// <param name="Role"><c>requester</c>, <c>approver</c> or <c>observer</c> (neither).</param>
/// <param name="Approver">Whether the approval policy lists them.</param>
public sealed record SandboxUser(string Id, string Role, bool Approver);
