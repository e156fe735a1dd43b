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
        var need = policy.RequiredApprovals(step.Definition);
        var have = step.LiveApprovals(policy.Expiry, now).Count;
        if (step.State == StepState.Approved && have < need)
            return Result<Step>.Refuse($"Step {step.Definition} v{step.Version} has {have} of {need} approvals; it cannot start.");
        var moved = Move(step, StepTrigger.Start, Actor.System.UserId, now);
        return moved.IsRefused ? moved.Refusal : step;
    }

    /// <summary>
    /// The source app changed between the approval request of <paramref name="approvedVersion"/> and the start: the
    /// approved step is re-issued as a new version, <paramref name="changes"/> kept in the audit.
    /// </summary>
    public Result<Step> Reissue(string stepId, int approvedVersion, string changes, DateTimeOffset now)
    {
        var located = Locate(stepId);
        if (located.IsRefused)
            return located;
        var step = located.Value;
        if (step.Version != approvedVersion || step.State != StepState.Approved)
            return Result<Step>.Refuse($"Step {step.Definition} is at v{step.Version} ({Describe(step.State)}), not approved v{approvedVersion}; nothing to re-issue.");
        var moved = Move(step, StepTrigger.Drift, Actor.System.UserId, now,
            detail: $"{SourceApp} changed after v{approvedVersion} was approved: {changes}; re-issued as v{approvedVersion + 1}");
        return moved.IsRefused ? moved.Refusal : step;
    }

    /// <summary>
    /// Records in the audit that <paramref name="actor"/> did a manual action of <paramref name="stepId"/> by hand
    /// (<paramref name="title"/> says which); refused once the run is over or the step has run, and for anyone who is
    /// neither the requester nor an approver.
    /// </summary>
    public Result<Done> ConfirmManualAction(string stepId, string title, Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var located = Locate(stepId);
        if (located.IsRefused)
            return located.Refusal;
        var step = located.Value;
        if (MustBeInvolved(actor, "confirm its manual actions") is { } notInvolved)
            return notInvolved;
        if (step.State is StepState.Running or StepState.Succeeded or StepState.Skipped)
            return Result<Done>.Refuse($"Step {step.Definition} is already {Describe(step.State)}; its manual actions no longer need confirming.");
        Audit(actor.UserId, "step.manual-action-confirmed", now, step.StepId, step.Version, detail: title);
        return Done.Value;
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
        if (step.Definition.InSequence)
            CompleteIfDone(Actor.System.UserId, now);
        else
            FinishRollback(now);
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
            return Result<Done>.Refuse($"Step {passed.Definition} has succeeded and is a point of no return; finish the run (retry or skip the remaining steps) "
                                       + $"or roll it back (`rollback {Id}`) instead of aborting.");

        foreach (var step in _steps.Where(s => StepTransitions.Move(s.State, StepTrigger.Abort) is { IsRefused: false }))
            Move(step, StepTrigger.Abort, actor.UserId, now, reason);
        Move(RunTrigger.Abort, actor.UserId, now, reason);
        return Done.Value;
    }

    /// <summary>
    /// Asks for approval to roll the run back to the source app: domains back on the source, maintenance off there,
    /// writers scaled back. Possible from the first change to Heroku until decommission has run; refused while a step
    /// runs (it would be left half-applied) or is approved and about to run.
    /// </summary>
    public Result<Step> RequestRollback(Actor actor, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsActive)
            return Result<Step>.Refuse($"Run {Id} is already {Describe(State)}; there is nothing to roll back.");
        if (RollbackStep is not { } rollback)
            return Result<Step>.Refuse($"Run {Id} was planned before Cutover could roll back; undo its steps by hand (see docs/runbook.md).");
        if (MustBeInvolved(actor, "roll it back") is { } notInvolved)
            return notInvolved;
        if (RollbackPending)
            return Result<Step>.Refuse($"A rollback of run {Id} is already {Describe(rollback.State)} (v{rollback.Version}).");
        if (_steps.FirstOrDefault(s => s.State is StepState.Running or StepState.Approved) is { } busy)
            return Result<Step>.Refuse($"Step {busy.Definition} is {Describe(busy.State)}; ask for the rollback once it has succeeded or failed.");
        var changed = _steps.Where(s => s.Definition.InSequence && s.Number > 0 && s.State == StepState.Succeeded).ToList();
        if (changed.Count == 0)
            return Result<Step>.Refuse($"Run {Id} has not changed anything on Heroku yet; abort it instead (`abort {Id}`).");

        var trigger = rollback.State == StepState.Planned ? StepTrigger.RequestApproval : StepTrigger.Retry;
        var moved = Move(rollback, trigger, actor.UserId, now,
            detail: $"after {changed[^1].Definition}{(changed.Any(s => s.Definition.PointOfNoReturn) ? "; past the point of no return" : string.Empty)}");
        return moved.IsRefused ? moved.Refusal : rollback;
    }

    private void CompleteIfDone(string actor, DateTimeOffset now)
    {
        if (_steps.Where(s => s.Definition.InSequence).All(s => s.IsDone))
            Move(RunTrigger.Complete, actor, now);
    }

    /// <summary>The rollback succeeded: every step still open is closed and the run ends rolled back.</summary>
    private void FinishRollback(DateTimeOffset now)
    {
        foreach (var step in _steps.Where(s => StepTransitions.Move(s.State, StepTrigger.Abort) is { IsRefused: false }))
            Move(step, StepTrigger.Abort, Actor.System.UserId, now, "rolled back");
        Move(RunTrigger.RollBack, Actor.System.UserId, now);
    }
}
