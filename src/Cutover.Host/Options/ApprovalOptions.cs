namespace Cutover.Host.Options;

/// <summary>
/// Section <c>Approvals</c>; <c>CUTOVER_APPROVERS</c> and <c>CUTOVER_APPROVER_GROUPS</c> (comma- or
/// space-separated ids) override <see cref="Users"/> and <see cref="Groups"/>.
/// </summary>
public sealed class ApprovalOptions
{
    public const string Section = "Approvals";

    /// <summary>User ids that may approve, comma- or space-separated.</summary>
    public string? Users { get; set; }

    /// <summary>Group ids whose members may approve, comma- or space-separated.</summary>
    public string? Groups { get; set; }

    public bool RequesterMayApprove { get; set; }

    public int Quorum { get; set; } = 1;

    public int DestructiveQuorum { get; set; } = 2;

    public TimeSpan Expiry { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a request may wait before approvers are reminded in the thread (and again after each further interval).</summary>
    public TimeSpan RenotifyInterval { get; set; } = TimeSpan.FromHours(4);

    public static IReadOnlySet<string> Split(string? ids) =>
        (ids ?? string.Empty).Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .ToHashSet(StringComparer.Ordinal);
}
