namespace Cutover.Core.Runbook;

/// <summary>Everything that can happen to a step.</summary>
public enum StepTrigger
{
    /// <summary>Post the step's approval request (the step becomes the current one).</summary>
    RequestApproval,

    /// <summary>The approval quorum for running the step was reached.</summary>
    Approve,

    /// <summary>The approval quorum for skipping the step was reached.</summary>
    ApproveSkip,

    /// <summary>An approver rejected the step, with a reason.</summary>
    Reject,

    /// <summary>The executor picked up the approved step.</summary>
    Start,

    /// <summary>The executor finished the step.</summary>
    Succeed,

    /// <summary>The executor gave up on the step.</summary>
    Fail,

    /// <summary>Ask again for approval to run a failed or rejected step (a new version).</summary>
    Retry,

    /// <summary>Ask for approval to skip the step (a new version).</summary>
    RequestSkip,

    /// <summary>Approvals lapsed before the step ran: ask again (a new version).</summary>
    Expire,

    /// <summary>The source app changed after the step was approved, before it ran: ask again (a new version).</summary>
    Drift,

    /// <summary>The run was aborted.</summary>
    Abort,
}
