namespace Cutover.Core.Runbook;

/// <summary>
/// The one table of legal step moves. Anything not in the table is refused with a reason that names the
/// step's state; nothing is ever silently ignored.
/// </summary>
public static class StepTransitions
{
    private static readonly Dictionary<(StepState From, StepTrigger Trigger), StepState> Table = new()
    {
        [(StepState.Planned, StepTrigger.RequestApproval)] = StepState.AwaitingApproval,
        [(StepState.Planned, StepTrigger.RequestSkip)] = StepState.AwaitingApproval,
        [(StepState.Planned, StepTrigger.Abort)] = StepState.Aborted,

        [(StepState.AwaitingApproval, StepTrigger.Approve)] = StepState.Approved,
        [(StepState.AwaitingApproval, StepTrigger.ApproveSkip)] = StepState.Skipped,
        [(StepState.AwaitingApproval, StepTrigger.Reject)] = StepState.Rejected,
        [(StepState.AwaitingApproval, StepTrigger.RequestSkip)] = StepState.AwaitingApproval,
        [(StepState.AwaitingApproval, StepTrigger.Expire)] = StepState.AwaitingApproval,
        [(StepState.AwaitingApproval, StepTrigger.Abort)] = StepState.Aborted,

        [(StepState.Approved, StepTrigger.Start)] = StepState.Running,
        [(StepState.Approved, StepTrigger.Expire)] = StepState.AwaitingApproval,
        [(StepState.Approved, StepTrigger.Drift)] = StepState.AwaitingApproval,
        [(StepState.Approved, StepTrigger.Abort)] = StepState.Aborted,

        [(StepState.Running, StepTrigger.Succeed)] = StepState.Succeeded,
        [(StepState.Running, StepTrigger.Fail)] = StepState.Failed,

        [(StepState.Failed, StepTrigger.Retry)] = StepState.AwaitingApproval,
        [(StepState.Failed, StepTrigger.RequestSkip)] = StepState.AwaitingApproval,
        [(StepState.Failed, StepTrigger.Abort)] = StepState.Aborted,

        [(StepState.Rejected, StepTrigger.Retry)] = StepState.AwaitingApproval,
        [(StepState.Rejected, StepTrigger.RequestSkip)] = StepState.AwaitingApproval,
        [(StepState.Rejected, StepTrigger.Abort)] = StepState.Aborted,
    };

    /// <summary>All legal moves, for tests and documentation.</summary>
    public static IEnumerable<(StepState From, StepTrigger Trigger, StepState To)> Legal =>
        Table.Select(e => (e.Key.From, e.Key.Trigger, e.Value));

    /// <summary>Where <paramref name="trigger"/> takes a step in <paramref name="from"/>, or why it cannot.</summary>
    public static Result<StepState> Move(StepState from, StepTrigger trigger) =>
        Table.TryGetValue((from, trigger), out var to)
            ? Result<StepState>.Ok(to)
            : Result<StepState>.Refuse($"Cannot {Verb(trigger)}: the step {Explain(from)}.");

    private static string Verb(StepTrigger trigger) => trigger switch
    {
        StepTrigger.RequestApproval => "request approval for this step",
        StepTrigger.Approve => "approve this step",
        StepTrigger.ApproveSkip => "approve skipping this step",
        StepTrigger.Reject => "reject this step",
        StepTrigger.Start => "start this step",
        StepTrigger.Succeed => "mark this step succeeded",
        StepTrigger.Fail => "mark this step failed",
        StepTrigger.Retry => "retry this step",
        StepTrigger.RequestSkip => "skip this step",
        StepTrigger.Expire => "expire this step's approvals",
        StepTrigger.Drift => "re-issue this step for a change in the source app",
        StepTrigger.Abort => "abort this step",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };

    private static string Explain(StepState state) => state switch
    {
        StepState.Planned => "has not been put up for approval yet",
        StepState.AwaitingApproval => "is still waiting for approval",
        StepState.Approved => "is approved and about to run",
        StepState.Running => "is running right now",
        StepState.Succeeded => "has already succeeded",
        StepState.Failed => "has failed (retry or skip it)",
        StepState.Rejected => "was rejected (retry or skip it)",
        StepState.Skipped => "was skipped",
        StepState.Aborted => "was aborted with its run",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
