using Cutover.Core.Approvals;
using Cutover.Core.Runbook;

namespace Cutover.Sandbox.Runtime;

/// <summary>
/// The people of the sandbox: one who plans runs (an approver too, so the four-eyes rule is what refuses their own
/// approvals), the other approvers (<c>CUTOVER_APPROVERS</c>, <see cref="DefaultApprovers"/> unless set) and one who is not
/// an approver at all. They act on the console, so approver entries name them <c>console:&lt;name&gt;</c>.
/// </summary>
public sealed class SandboxUsers
{
    public const string Requester = "dana";
    public const string Observer = "erin";

    /// <summary>The approvers the sandbox configures when <c>CUTOVER_APPROVERS</c> is not set: the requester and two others.</summary>
    public static readonly IReadOnlyList<ChatUser> DefaultApprovers =
        [.. new[] { Requester, "alice", "bob" }.Select(name => new ChatUser(ChatChannel.Console, name))];

    /// <param name="approvers">The configured approvers; the console's own (<c>console:</c>) are the sandbox's.</param>
    public SandboxUsers(IEnumerable<ChatUser> approvers)
    {
        ArgumentNullException.ThrowIfNull(approvers);
        var listed = approvers.Where(a => a.Platform == ChatChannel.Console).Select(a => a.Id).Distinct(StringComparer.Ordinal).ToList();
        All =
        [
            new SandboxUser(Requester, "requester", listed.Contains(Requester, StringComparer.Ordinal)),
            .. listed.Where(a => a is not Requester and not Observer).Select(a => new SandboxUser(a, "approver", true)),
            new SandboxUser(Observer, "observer", listed.Contains(Observer, StringComparer.Ordinal)),
        ];
    }

    public IReadOnlyList<SandboxUser> All { get; }
}
