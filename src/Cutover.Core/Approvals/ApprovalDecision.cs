namespace Cutover.Core.Approvals;

/// <summary>One approver's decision on one version of one step. At most one per (step version, user).</summary>
public sealed class ApprovalDecision
{
    private ApprovalDecision()
    {
        StepId = string.Empty;
        UserId = string.Empty;
    }

    public ApprovalDecision(string stepId, int stepVersion, string userId, Verdict verdict, string? reason, DateTimeOffset at)
    {
        StepId = stepId;
        StepVersion = stepVersion;
        UserId = userId;
        Verdict = verdict;
        Reason = reason;
        At = at;
    }

    public long Id { get; private set; }

    public string StepId { get; private set; }

    public int StepVersion { get; private set; }

    public string UserId { get; private set; }

    public Verdict Verdict { get; private set; }

    public string? Reason { get; private set; }

    public DateTimeOffset At { get; private set; }

    /// <summary>Whether this approval still counts at <paramref name="now"/>.</summary>
    public bool IsLive(TimeSpan expiry, DateTimeOffset now) => Verdict == Verdict.Approve && At + expiry > now;
}
