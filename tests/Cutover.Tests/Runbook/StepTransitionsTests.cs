namespace Cutover.Tests.Runbook;

public class StepTransitionsTests : TransitionTableTests<StepTransitionsTests, StepState, StepTrigger>, ITransitionDesign<StepState, StepTrigger>
{
    public static IReadOnlyDictionary<StepState, string> StateWords { get; } = new Dictionary<StepState, string>
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

    /// <summary>What a step may do (docs/architecture.md, "Rules").</summary>
    public static TheoryData<string, StepState, StepTrigger, StepState> Designed => new()
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
        { "source app changed before start", StepState.Approved, StepTrigger.Drift, StepState.AwaitingApproval },
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

    public static IEnumerable<(StepState From, StepTrigger Trigger, StepState To)> Legal => StepTransitions.Legal;

    public static Result<StepState> Move(StepState from, StepTrigger trigger) => StepTransitions.Move(from, trigger);
}
