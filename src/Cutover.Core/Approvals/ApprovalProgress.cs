namespace Cutover.Core.Approvals;

/// <summary>The effect of a recorded approval: how many of the needed approvals the step version now has.</summary>
public sealed record ApprovalProgress(Step Step, int Have, int Need)
{
    public bool QuorumReached => Have >= Need;
}
