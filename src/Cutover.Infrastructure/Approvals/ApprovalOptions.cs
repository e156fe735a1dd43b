using Cutover.Core.Approvals;
using Cutover.Core.Results;

namespace Cutover.Infrastructure.Approvals;

/// <summary>
/// Section <c>Approvals</c>; <c>CUTOVER_APPROVERS</c> and <c>CUTOVER_APPROVER_GROUPS</c> (comma- or
/// space-separated, platform-qualified ids, read by <see cref="ApproverList"/>) override <see cref="Users"/> and <see cref="Groups"/>.
/// </summary>
public sealed class ApprovalOptions
{
    public const string Section = "Approvals";

    /// <summary>Users who may approve, comma- or space-separated: <c>slack:U…</c>, <c>teams:&lt;Entra object id&gt;</c>.</summary>
    public string? Users { get; set; }

    /// <summary>Groups whose members may approve, comma- or space-separated: <c>slack-group:S…</c>, <c>teams-group:&lt;Entra group id&gt;</c>.</summary>
    public string? Groups { get; set; }

    public bool RequesterMayApprove { get; set; }

    public int Quorum { get; set; } = 1;

    public int DestructiveQuorum { get; set; } = 2;

    public TimeSpan Expiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a request may wait before approvers are reminded in the thread (and again after each further interval).</summary>
    public TimeSpan RenotifyInterval { get; set; } = TimeSpan.FromHours(4);

    /// <summary>The approver users; a malformed entry stops start-up with the line that says how to write it.</summary>
    public IReadOnlySet<ChatUser> ApproverUsers() => Read(ApproverList.Users(Users));

    /// <summary>The approver groups; a malformed entry stops start-up with the line that says how to write it.</summary>
    public IReadOnlySet<ApproverGroup> ApproverGroups() => Read(ApproverList.Groups(Groups));

    private static T Read<T>(Result<T> result) => result.IsRefused ? throw new StartupConfigurationException(result.Refusal.Reason) : result.Value;
}
