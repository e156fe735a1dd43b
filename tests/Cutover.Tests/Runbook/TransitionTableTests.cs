namespace Cutover.Tests.Runbook;

/// <summary>
/// The checks every closed state machine gets: each designed move is legal, every other (state, trigger) pair is
/// refused with a reason naming the state, and the exposed table is exactly the design.
/// </summary>
/// <typeparam name="TDesign">The test class, which writes the design out independently of the production table.</typeparam>
/// <typeparam name="TState">The machine's closed set of states.</typeparam>
/// <typeparam name="TTrigger">What moves the machine from one state to the next.</typeparam>
public abstract class TransitionTableTests<TDesign, TState, TTrigger>
    where TDesign : ITransitionDesign<TState, TTrigger>
    where TState : struct, Enum
    where TTrigger : struct, Enum
{
    public static TheoryData<string, TState, TTrigger, TState> LegalMoves => TDesign.Designed;

    /// <summary>Every (state, trigger) pair that is not a legal move: all enum combinations minus the table.</summary>
    public static TheoryData<TState, TTrigger> IllegalMoves()
    {
        var legal = LegalMoves.Select(row => ((TState)row[1], (TTrigger)row[2])).ToHashSet();
        var data = new TheoryData<TState, TTrigger>();
        foreach (var state in Enum.GetValues<TState>())
        {
            foreach (var trigger in Enum.GetValues<TTrigger>())
            {
                if (!legal.Contains((state, trigger)))
                    data.Add(state, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void Move_LegalPair_ReachesExpectedState(string row, TState from, TTrigger trigger, TState expected)
    {
        var result = TDesign.Move(from, trigger);

        Assert.False(result.IsRefused, $"{row}: {result}");
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Move_PairNotInTable_IsRefusedWithReasonNamingTheState(TState from, TTrigger trigger)
    {
        var result = TDesign.Move(from, trigger);

        Assert.True(result.IsRefused, $"{from} + {trigger} should be refused but gave {result}");
        Assert.False(string.IsNullOrWhiteSpace(result.Refusal.Reason));
        Assert.Contains(TDesign.StateWords[from], result.Refusal.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Legal_ExposedTable_MatchesTheDesignedMoves()
    {
        var designed = LegalMoves.Select(row => ((TState)row[1], (TTrigger)row[2], (TState)row[3])).ToHashSet();

        Assert.True(designed.SetEquals(TDesign.Legal),
            $"table differs from design: extra {string.Join(", ", TDesign.Legal.Except(designed))}; "
            + $"missing {string.Join(", ", designed.Except(TDesign.Legal))}");
    }
}
