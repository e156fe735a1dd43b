namespace Cutover.Tests.Runbook;

public class RunAbortTests
{
    private readonly RunHarness _h = new();

    /// <summary>Every operation on a run, by name, so that "after abort everything is refused" covers them all.</summary>
    public static TheoryData<string> Operations => new()
    {
        "request-approval", "retry", "request-skip", "approve", "reject", "expire", "start", "succeed", "fail", "abort",
    };

    /// <summary>Situations in which an abort is refused, and what the refusal must say.</summary>
    public static TheoryData<string, string[]> RefusedAborts => new()
    {
        { "while a step is running", ["0 (preflight) is running"] },
        { "after the point of no return succeeded", ["9 (data-cutover)", "point of no return"] },
        { "by a user neither requester nor approver", ["Only the requester or an approver"] },
    };

    [Theory]
    [MemberData(nameof(RefusedAborts))]
    public void Abort_NotAllowed_IsRefusedSayingWhy(string situation, string[] expected)
    {
        var who = Arrange(situation);

        var reason = _h.RefusedWithoutChange(() => _h.Run.Abort(who, "stop", _h.Now));

        RunHarness.Mentions(situation, reason, expected);
    }

    [Fact]
    public void Abort_ByApprover_AbortsEveryUnfinishedStepAndTheRun()
    {
        _h.Execute("preflight");
        _h.Request("maintenance-page");

        RunHarness.Ok(_h.Run.Abort(RunHarness.ApproverA, "window moved", _h.Now));

        Assert.Equal(RunState.Aborted, _h.Run.State);
        Assert.False(_h.Run.IsActive);
        Assert.Equal(StepState.Succeeded, _h.Step("preflight").State);
        Assert.All(_h.Run.Steps.Skip(1), s => Assert.Equal((StepState.Aborted, "window moved"), (s.State, s.Outcome)));
        Assert.Equal(16, _h.Run.PendingAudit.Count(e => e.Action == "step.abort"));
        Assert.Contains(_h.Run.PendingAudit, e => e is { Action: "run.abort", Actor: "U-a", After: "Aborted" });
    }

    [Fact]
    public void Abort_PlannedRunByRequester_AbortsIt()
    {
        var requester = new Actor(RunHarness.RequesterId, IsApprover: false);

        RunHarness.Ok(_h.Run.Abort(requester, null, _h.Now));

        Assert.Equal(RunState.Aborted, _h.Run.State);
        Assert.All(_h.Run.Steps, s => Assert.Equal(StepState.Aborted, s.State));
    }

    [Fact]
    public void Abort_FailedStep_AbortsTheRun()
    {
        _h.RequestAndApprove("preflight");
        RunHarness.Ok(_h.Run.Start("preflight", _h.Policy, _h.Now));
        RunHarness.Ok(_h.Run.Fail("preflight", "no slug", _h.Now));

        RunHarness.Ok(_h.Run.Abort(RunHarness.ApproverB, "give up", _h.Now));

        Assert.Equal((RunState.Aborted, StepState.Aborted), (_h.Run.State, _h.Step("preflight").State));
    }

    [Theory]
    [MemberData(nameof(Operations))]
    public void AnyOperation_AfterAbort_IsRefusedWithoutChange(string operation)
    {
        _h.Request("preflight");
        RunHarness.Ok(_h.Run.Abort(RunHarness.ApproverA, "stop", _h.Now));

        var reason = _h.RefusedWithoutChange(() => Perform(operation));

        Assert.Contains("aborted", reason, StringComparison.Ordinal);
    }

    /// <summary>Brings the run into <paramref name="situation"/>; returns who then asks to abort.</summary>
    private Actor Arrange(string situation)
    {
        switch (situation)
        {
            case "while a step is running":
                _h.RequestAndApprove("preflight");
                RunHarness.Ok(_h.Run.Start("preflight", _h.Policy, _h.Now));
                return RunHarness.ApproverA;
            case "after the point of no return succeeded":
                _h.AdvanceTo("domains");
                return RunHarness.ApproverA;
            case "by a user neither requester nor approver":
                _h.Request("preflight");
                return RunHarness.Outsider;
            default:
                throw new ArgumentOutOfRangeException(nameof(situation), situation, null);
        }
    }

    private Result<string> Perform(string operation)
    {
        var run = _h.Run;
        var (a, policy, now) = (RunHarness.ApproverA, _h.Policy, _h.Now);
        return operation switch
        {
            "request-approval" => Describe(run.RequestApproval("preflight", a, now)),
            "retry" => Describe(run.Retry("preflight", a, now)),
            "request-skip" => Describe(run.RequestSkip("maintenance-page", a, now)),
            "approve" => Describe(run.Approve("preflight", 1, RunHarness.ApproverB, policy, now)),
            "reject" => Describe(run.Reject("preflight", 1, RunHarness.ApproverB, "no", policy, now)),
            "expire" => Describe(run.ExpireApprovals("preflight", 1, policy, now.AddDays(2))),
            "start" => Describe(run.Start("preflight", policy, now)),
            "succeed" => Describe(run.Succeed("preflight", null, now)),
            "fail" => Describe(run.Fail("preflight", "boom", now)),
            "abort" => Describe(run.Abort(a, "again", now)),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
        };
    }

    private static Result<string> Describe<T>(Result<T> result) =>
        result.IsRefused ? result.Refusal : $"{result.Value}";
}
