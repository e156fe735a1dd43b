namespace Cutover.Tests.Runbook;

public class StepTransitionsTests
{
    /// <summary>The word(s) a refusal must use so that a reader can tell which state the step is in.</summary>
    private static readonly Dictionary<StepState, string> StateWords = new()
    {
        [StepState.Planned] = "not been put up for approval",
        [StepState.AwaitingApproval] = "waiting for approval",
        [StepState.Approved] = "approved",
        [StepState.Running] = "running",
        [StepState.Succeeded] = "succeeded",
        [StepState.Failed] = "failed",
        [StepState.Rejected] = "rejected",
        [StepState.Skipped] = "skipped",
        [StepState.Aborted] = "aborted",
    };

    /// <summary>What a step may do (docs/architecture.md, "Rules"), written out independently of the production table.</summary>
    public static TheoryData<string, StepState, StepTrigger, StepState> LegalMoves => new()
    {
        { "request approval of a planned step", StepState.Planned, StepTrigger.RequestApproval, StepState.AwaitingApproval },
        { "request skip of a planned step", StepState.Planned, StepTrigger.RequestSkip, StepState.AwaitingApproval },
        { "abort a planned step", StepState.Planned, StepTrigger.Abort, StepState.Aborted },
        { "quorum reached", StepState.AwaitingApproval, StepTrigger.Approve, StepState.Approved },
        { "skip quorum reached", StepState.AwaitingApproval, StepTrigger.ApproveSkip, StepState.Skipped },
        { "rejected while waiting", StepState.AwaitingApproval, StepTrigger.Reject, StepState.Rejected },
        { "switch a waiting request to skip", StepState.AwaitingApproval, StepTrigger.RequestSkip, StepState.AwaitingApproval },
        { "approvals lapse while waiting", StepState.AwaitingApproval, StepTrigger.Expire, StepState.AwaitingApproval },
        { "abort while waiting", StepState.AwaitingApproval, StepTrigger.Abort, StepState.Aborted },
        { "executor starts an approved step", StepState.Approved, StepTrigger.Start, StepState.Running },
        { "approvals lapse before start", StepState.Approved, StepTrigger.Expire, StepState.AwaitingApproval },
        { "abort an approved step", StepState.Approved, StepTrigger.Abort, StepState.Aborted },
        { "executor finishes", StepState.Running, StepTrigger.Succeed, StepState.Succeeded },
        { "executor gives up", StepState.Running, StepTrigger.Fail, StepState.Failed },
        { "retry a failed step", StepState.Failed, StepTrigger.Retry, StepState.AwaitingApproval },
        { "skip a failed step", StepState.Failed, StepTrigger.RequestSkip, StepState.AwaitingApproval },
        { "abort a failed step", StepState.Failed, StepTrigger.Abort, StepState.Aborted },
        { "retry a rejected step", StepState.Rejected, StepTrigger.Retry, StepState.AwaitingApproval },
        { "skip a rejected step", StepState.Rejected, StepTrigger.RequestSkip, StepState.AwaitingApproval },
        { "abort a rejected step", StepState.Rejected, StepTrigger.Abort, StepState.Aborted },
    };

    /// <summary>Every (state, trigger) pair that is not a legal move: all enum combinations minus the table.</summary>
    public static TheoryData<StepState, StepTrigger> IllegalMoves()
    {
        var legal = LegalMoves.Select(row => ((StepState)row[1], (StepTrigger)row[2])).ToHashSet();
        var data = new TheoryData<StepState, StepTrigger>();
        foreach (var state in Enum.GetValues<StepState>())
        {
            foreach (var trigger in Enum.GetValues<StepTrigger>())
            {
                if (!legal.Contains((state, trigger)))
                    data.Add(state, trigger);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(LegalMoves))]
    public void Move_LegalPair_ReachesExpectedState(string row, StepState from, StepTrigger trigger, StepState expected)
    {
        var result = StepTransitions.Move(from, trigger);

        Assert.False(result.IsRefused, $"{row}: {result}");
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [MemberData(nameof(IllegalMoves))]
    public void Move_PairNotInTable_IsRefusedWithReasonNamingTheState(StepState from, StepTrigger trigger)
    {
        var result = StepTransitions.Move(from, trigger);

        Assert.True(result.IsRefused, $"{from} + {trigger} should be refused but gave {result}");
        Assert.False(string.IsNullOrWhiteSpace(result.Refusal.Reason));
        Assert.Contains(StateWords[from], result.Refusal.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Legal_ExposedTable_MatchesTheDesignedMoves()
    {
        var designed = LegalMoves.Select(row => ((StepState)row[1], (StepTrigger)row[2], (StepState)row[3])).ToHashSet();

        Assert.True(designed.SetEquals(StepTransitions.Legal),
            $"table differs from design: extra {string.Join(", ", StepTransitions.Legal.Except(designed))}; "
            + $"missing {string.Join(", ", designed.Except(StepTransitions.Legal))}");
    }
}
