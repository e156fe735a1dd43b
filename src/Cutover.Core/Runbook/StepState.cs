namespace Cutover.Core.Runbook;

/// <summary>The closed set of states a step can be in. <see cref="StepTransitions"/> decides every move.</summary>
public enum StepState
{
    Planned,
    AwaitingApproval,
    Approved,
    Running,
    Succeeded,
    Failed,
    Rejected,
    Skipped,
    Aborted,
}
