namespace Cutover.Core.Approvals;

/// <summary>Who may approve, and how many approvals a step needs.</summary>
public sealed record ApprovalPolicy
{
    /// <summary>Users who may approve, each on their own platform.</summary>
    public IReadOnlySet<ChatUser> Users { get; init; } = new HashSet<ChatUser>();

    /// <summary>Groups (Slack user groups, Entra groups) whose members may approve when acting on the group's platform.</summary>
    public IReadOnlySet<ApproverGroup> Groups { get; init; } = new HashSet<ApproverGroup>();

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
    /// The platform's own ids of who can approve on <paramref name="platform"/>, to mention them in a thread there: the
    /// listed users, then the approver groups (on Slack a user group is mentioned as a whole; Teams cannot mention an
    /// Entra group, so there its members are reached by the listed users only). <paramref name="requestedBy"/>, the
    /// requester of the run, is left out when they may not approve its steps.
    /// </summary>
    public IReadOnlyList<string> MentionsOn(ChatChannel platform, string? requestedBy = null) =>
    [
        .. Users.Where(u => u.Platform == platform && (RequesterMayApprove || u.Qualified != requestedBy)).Select(u => u.Id).Order(StringComparer.Ordinal),
        .. Groups.Where(g => g.Platform == platform && platform == ChatChannel.Slack).Select(g => g.Id).Order(StringComparer.Ordinal),
    ];

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
