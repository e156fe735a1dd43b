using Cutover.Core.Approvals;
using Cutover.Core.Results;

namespace Cutover.Core.Runbook;

public sealed partial class Run
{
    /// <summary>
    /// Moves an approved step to running. Refused unless the current version holds enough live approvals
    /// from distinct approvers; lapsed approvals re-issue the step instead.
    /// </summary>
    public Result<Step> Start(string stepId, ApprovalPolicy policy, DateTimeOffset now)
    {
        var located = Locate(stepId);
        if (located.IsRefused)
            return located;
        var step = located.Value;
        if (LapseExpiredApprovals(step, policy, now))
            return Result<Step>.Refuse($"The approvals of step {step.Definition} lapsed before it ran; it was re-issued as v{step.Version} for approval.");
        var need = policy.RequiredApprovals(step.Definition, step.Intent);
        var have = step.LiveApprovals(policy.Expiry, now).Count;
        if (step.State == StepState.Approved && have < need)
            return Result<Step>.Refuse($"Step {step.Definition} v{step.Version} has {have} of {need} approvals; it cannot start.");
        var moved = Move(step, StepTrigger.Start, Actor.System.UserId, now);
        return moved.IsRefused ? moved.Refusal : step;
    }

    /// <summary>Records that a running step finished; completes the run after its last step.</summary>
    public Result<Step> Succeed(string stepId, string? note, DateTimeOffset now)
    {
        var located = Locate(stepId);
        if (located.IsRefused)
            return located;
        var step = located.Value;
        var moved = Move(step, StepTrigger.Succeed, Actor.System.UserId, now, note);
        if (moved.IsRefused)
            return moved.Refusal;
        CompleteIfDone(Actor.System.UserId, now);
        return step;
    }

    /// <summary>Records that a running step failed; it waits for retry, skip or abort.</summary>
    public Result<Step> Fail(string stepId, string error, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        var located = Locate(stepId);
        if (located.IsRefused)
            return located;
        var step = located.Value;
        var moved = Move(step, StepTrigger.Fail, Actor.System.UserId, now, error);
        return moved.IsRefused ? moved.Refusal : step;
    }

    /// <summary>
    /// Stops the run. Refused while a step is running (it would be left half-applied) and after a
    /// point-of-no-return step has succeeded (the target already owns the data; finish forward instead).
    /// </summary>
    public Result<Done> Abort(Actor actor, string? reason, DateTimeOffset now)
    {
        if (!IsActive)
            return Result<Done>.Refuse($"Run {Id} is already {Describe(State)}.");
        if (MustBeInvolved(actor, "abort it") is { } notInvolved)
            return notInvolved;
        if (_steps.FirstOrDefault(s => s.State == StepState.Running) is { } running)
            return Result<Done>.Refuse($"Step {running.Definition} is running; abort once it has succeeded or failed, so nothing is left half-applied.");
        if (_steps.FirstOrDefault(s => s.Definition.PointOfNoReturn && s.State == StepState.Succeeded) is { } passed)
            return Result<Done>.Refuse($"Step {passed.Definition} has succeeded and is a point of no return; finish the run (retry or skip the remaining steps) instead of aborting.");

        foreach (var step in _steps.Where(s => StepTransitions.Move(s.State, StepTrigger.Abort) is { IsRefused: false }))
            Move(step, StepTrigger.Abort, actor.UserId, now, reason);
        Move(RunTrigger.Abort, actor.UserId, now, reason);
        return Done.Value;
    }

    private void CompleteIfDone(string actor, DateTimeOffset now)
    {
        if (_steps.All(s => s.IsDone))
            Move(RunTrigger.Complete, actor, now);
    }
}
