namespace Cutover.Core.Approvals;

/// <summary>What an approver decided about one version of a step.</summary>
public enum Verdict
{
    Approve,
    Reject,
}
