namespace Cutover.Tests.Runbook;

public class RunTransitionsTests
{
    /// <summary>The word(s) a refusal must use so that a reader can tell which state the run is in.</summary>
    private static readonly Dictionary<RunState, string> StateWords = new()
    {
        [RunState.Planned] = "not started",
        [RunState.InProgress] = "in progress",
        [RunState.Completed] = "completed",
        [RunState.Aborted] = "aborted",
        [RunState.RolledBack] = "rolled back",
    };

    /// <summary>The run's life, written out independently of the production table.</summary>
    public static TheoryData<string, RunState, RunTrigger, RunState> LegalMoves => new()
    {
        { "first approval request starts the run", RunState.Planned, RunTrigger.Start, RunState.InProgress },
        { "abort before anything started", RunState.Planned, RunTrigger.Abort, RunState.Aborted },
        { "last step done", RunState.InProgress, RunTrigger.Complete, RunState.Completed },
        { "abort while in progress", RunState.InProgress, RunTrigger.Abort, RunState.Aborted },
        { "rollback succeeded", RunState.InProgress, RunTrigger.RollBack, RunState.RolledBack },
    };

    /// <summary>Every (state, trigger) pair that is not a legal move: all enum combinations minus the table.</summary>
    public static TheoryData<RunState, RunTrigger> IllegalMoves()
    {
        var legal = LegalMoves.Select(row => ((RunState)row[1], (RunTrigger)row[2])).ToHashSet();
        var data = new TheoryData<RunState, RunTrigger>();
        foreach (var state in Enum.GetValues<RunState>())
        {
            foreach (var trigger in Enum.GetValues<RunTrigger>())
            {
                if (!legal.Contains((state, trigger)))
                    data.Add(state, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void Move_LegalPair_ReachesExpectedState(string row, RunState from, RunTrigger trigger, RunState expected)
    {
        var result = RunTransitions.Move(from, trigger);

        Assert.False(result.IsRefused, $"{row}: {result}");
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Move_PairNotInTable_IsRefusedWithReasonNamingTheState(RunState from, RunTrigger trigger)
    {
        var result = RunTransitions.Move(from, trigger);

        Assert.True(result.IsRefused, $"{from} + {trigger} should be refused but gave {result}");
        Assert.False(string.IsNullOrWhiteSpace(result.Refusal.Reason));
        Assert.Contains(StateWords[from], result.Refusal.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Legal_ExposedTable_MatchesTheDesignedMoves()
    {
        var designed = LegalMoves.Select(row => ((RunState)row[1], (RunTrigger)row[2], (RunState)row[3])).ToHashSet();

        Assert.True(designed.SetEquals(RunTransitions.Legal),
            $"table differs from design: extra {string.Join(", ", RunTransitions.Legal.Except(designed))}; "
            + $"missing {string.Join(", ", designed.Except(RunTransitions.Legal))}");
    }

    [Theory]
    [InlineData(RunState.Planned, true)]
    [InlineData(RunState.InProgress, true)]
    [InlineData(RunState.Completed, false)]
    [InlineData(RunState.Aborted, false)]
    [InlineData(RunState.RolledBack, false)]
    public void IsActive_State_OnlyPlannedAndInProgressAcceptChanges(RunState state, bool expected) =>
        Assert.Equal(expected, RunTransitions.IsActive(state));
}
