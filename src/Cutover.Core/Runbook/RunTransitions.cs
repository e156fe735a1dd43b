namespace Cutover.Core.Runbook;

/// <summary>The one table of legal run moves; anything else is refused with a reason.</summary>
public static class RunTransitions
{
    private static readonly Dictionary<(RunState From, RunTrigger Trigger), RunState> Table = new()
    {
        [(RunState.Planned, RunTrigger.Start)] = RunState.InProgress,
        [(RunState.Planned, RunTrigger.Abort)] = RunState.Aborted,
        [(RunState.InProgress, RunTrigger.Complete)] = RunState.Completed,
        [(RunState.InProgress, RunTrigger.Abort)] = RunState.Aborted,
        [(RunState.InProgress, RunTrigger.RollBack)] = RunState.RolledBack,
    };

    /// <summary>All legal moves, for tests and documentation.</summary>
    public static IEnumerable<(RunState From, RunTrigger Trigger, RunState To)> Legal =>
        Table.Select(e => (e.Key.From, e.Key.Trigger, e.Value));

    /// <summary>Whether the run still accepts step changes.</summary>
    public static bool IsActive(RunState state) => state is RunState.Planned or RunState.InProgress;

    /// <summary>Where <paramref name="trigger"/> takes a run in <paramref name="from"/>, or why it cannot.</summary>
    public static Result<RunState> Move(RunState from, RunTrigger trigger) =>
        Table.TryGetValue((from, trigger), out var to)
            ? Result<RunState>.Ok(to)
            : Result<RunState>.Refuse($"Cannot {Verb(trigger)}: the run {Explain(from)}.");

    private static string Verb(RunTrigger trigger) => trigger switch
    {
        RunTrigger.Start => "start the run",
        RunTrigger.Complete => "complete the run",
        RunTrigger.Abort => "abort the run",
        RunTrigger.RollBack => "roll the run back",
        _ => throw new ArgumentOutOfRangeException(nameof(trigger), trigger, null),
    };

    private static string Explain(RunState state) => state switch
    {
        RunState.Planned => "has not started yet",
        RunState.InProgress => "is in progress",
        RunState.Completed => "has already completed",
        RunState.Aborted => "was aborted",
        RunState.RolledBack => "was rolled back",
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };
}
