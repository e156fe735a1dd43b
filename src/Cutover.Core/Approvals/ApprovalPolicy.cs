using Cutover.Core.Runbook;

namespace Cutover.Core.Approvals;

/// <summary>Who may approve, and how many approvals a step needs.</summary>
public sealed record ApprovalPolicy
{
    /// <summary>User ids that may approve.</summary>
    public IReadOnlySet<string> Users { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Group ids (Slack user groups, AAD groups) whose members may approve.</summary>
    public IReadOnlySet<string> Groups { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>Whether the person who requested the run may approve its steps. Off by default.</summary>
    public bool RequesterMayApprove { get; init; }

    /// <summary>Distinct approvals an ordinary step needs.</summary>
    public int Quorum { get; init; } = 1;

    /// <summary>Distinct approvals a destructive step (data cutover, decommission) needs, to run or to skip.</summary>
    public int DestructiveQuorum { get; init; } = 2;

    /// <summary>How long an approval counts before the step must be approved again.</summary>
    public TimeSpan Expiry { get; init; } = TimeSpan.FromHours(24);

    /// <summary>Whether anyone at all can approve under this policy.</summary>
    public bool HasApprovers => Users.Count > 0 || Groups.Count > 0;

    /// <summary>
    /// Approvals needed for the step, to run it or to skip it: skipping a destructive step (the data cutover, the
    /// decommission) is as consequential as running it, so both need the destructive quorum.
    /// </summary>
    public int RequiredApprovals(StepDefinition step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Destructive ? DestructiveQuorum : Quorum;
    }
}
