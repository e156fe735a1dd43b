namespace Cutover.Tests.Runbook;

public class RunTransitionsTests : TransitionTableTests<RunTransitionsTests, RunState, RunTrigger>, ITransitionDesign<RunState, RunTrigger>
{
    public static IReadOnlyDictionary<RunState, string> StateWords { get; } = new Dictionary<RunState, string>
    {
        [RunState.Planned] = "not started",
        [RunState.InProgress] = "in progress",
        [RunState.Completed] = "completed",
        [RunState.Aborted] = "aborted",
        [RunState.RolledBack] = "rolled back",
    };

    /// <summary>The run's life.</summary>
    public static TheoryData<string, RunState, RunTrigger, RunState> Designed => new()
    {
        { "first approval request starts the run", RunState.Planned, RunTrigger.Start, RunState.InProgress },
        { "abort before anything started", RunState.Planned, RunTrigger.Abort, RunState.Aborted },
        { "last step done", RunState.InProgress, RunTrigger.Complete, RunState.Completed },
        { "abort while in progress", RunState.InProgress, RunTrigger.Abort, RunState.Aborted },
        { "rollback succeeded", RunState.InProgress, RunTrigger.RollBack, RunState.RolledBack },
    };

    public static IEnumerable<(RunState From, RunTrigger Trigger, RunState To)> Legal => RunTransitions.Legal;

    public static Result<RunState> Move(RunState from, RunTrigger trigger) => RunTransitions.Move(from, trigger);

    [Theory]
    [InlineData(RunState.Planned, true)]
    [InlineData(RunState.InProgress, true)]
    [InlineData(RunState.Completed, false)]
    [InlineData(RunState.Aborted, false)]
    [InlineData(RunState.RolledBack, false)]
    public void IsActive_State_OnlyPlannedAndInProgressAcceptChanges(RunState state, bool expected) =>
        Assert.Equal(expected, RunTransitions.IsActive(state));
}
