namespace Cutover.Core.Runbook;

public sealed partial class Run
{
    /// <summary>Puts the current step up for approval to run it (a new version).</summary>
    public Result<Step> RequestApproval(string stepId, Actor actor, DateTimeOffset now) =>
        Ask(stepId, actor, StepTrigger.RequestApproval, now);

    /// <summary>Puts a failed or rejected step up for approval again (a new version).</summary>
    public Result<Step> Retry(string stepId, Actor actor, DateTimeOffset now) =>
        Ask(stepId, actor, StepTrigger.Retry, now);

    /// <summary>Asks for approval to skip the current step (a new version). Skipping needs approval too.</summary>
    public Result<Step> RequestSkip(string stepId, Actor actor, DateTimeOffset now, string? reason = null)
    {
        if (string.Equals(stepId, StepIds.DnsTtl, StringComparison.OrdinalIgnoreCase) && string.IsNullOrWhiteSpace(reason))
            return Result<Step>.Refuse($"Skipping the DNS TTL step waives the check that caches have expired before the cutover; say why: `skip {Id} dns-ttl <reason>`.");
        return Ask(stepId, actor, StepTrigger.RequestSkip, now, reason?.Trim());
    }

    /// <summary>
    /// An approver lets the cutover start although the DNS TTL check says not yet (e.g. the domains are served elsewhere);
    /// the reason is kept in the audit log.
    /// </summary>
    public Result<Done> WaiveDnsCheck(Actor actor, string reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!IsActive)
            return Result<Done>.Refuse($"Run {Id} is {Describe(State)}; there is nothing to waive.");
        if (!actor.IsApprover)
            return Result<Done>.Refuse($"Only an approver of run {Id} can waive the DNS check.");
        if (string.IsNullOrWhiteSpace(reason))
            return Result<Done>.Refuse($"A waiver needs a reason: `waive {Id} <reason>`.");
        Audit(actor.UserId, "run.dns-check-waived", now, detail: reason.Trim());
        return Done.Value;
    }

    /// <summary>Records in the run's audit that an approver paused (<paramref name="paused"/>) or resumed every run.</summary>
    public void RecordPause(Actor actor, bool paused, string? reason, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(actor);
        Audit(actor.UserId, paused ? "cutover.paused" : "cutover.resumed", now, detail: reason);
    }

    /// <summary>
    /// Once a step is done, Cutover itself puts the next one up for approval; nothing happens when the current
    /// step is not waiting to be asked (already asked, running, failed) or the run is over.
    /// </summary>
    public void PutNextStepUp(DateTimeOffset now)
    {
        if (IsActive && CurrentStep is { State: StepState.Planned } next)
            Ask(next.StepId, Actor.System, StepTrigger.RequestApproval, now);
    }

    /// <summary>
    /// Records an approval of the version the approver saw; moves the step once the quorum is reached. What the approver
    /// acknowledges by approving (the plan's warnings) is kept in the audit event.
    /// </summary>
    public Result<ApprovalProgress> Approve(string stepId, int seenVersion, Actor approver, ApprovalPolicy policy,
        DateTimeOffset now, string? acknowledging = null)
    {
        var located = Locate(stepId);
        if (located.IsRefused)
            return AlreadyApplied(stepId, seenVersion, approver, Verdict.Approve) ?? located.Refusal;
        var step = located.Value;
        LapseExpiredApprovals(step, policy, now);
        if (Check(step, seenVersion, approver, policy, Verdict.Approve) is { } refusal)
            return AlreadyApplied(stepId, seenVersion, approver, Verdict.Approve) ?? refusal;

        step.Record(new ApprovalDecision(step.StepId, step.Version, approver.UserId, Verdict.Approve, null, now), now);
        var need = policy.RequiredApprovals(step.Definition);
        var have = step.LiveApprovals(policy.Expiry, now).Count;
        Audit(approver.UserId, "step.approval-recorded", now, step.StepId, step.Version,
            detail: $"{have} of {need}{(string.IsNullOrWhiteSpace(acknowledging) ? string.Empty : $"; acknowledges: {acknowledging}")}");
        if (have >= need)
        {
            var trigger = step.Intent == StepIntent.Skip ? StepTrigger.ApproveSkip : StepTrigger.Approve;
            Move(step, trigger, approver.UserId, now);
            if (step.State == StepState.Skipped)
                CompleteIfDone(approver.UserId, now);
        }

        return new ApprovalProgress(step, have, need);
    }

    /// <summary>Records a rejection (with its reason) of the version the approver saw; the step stops.</summary>
    public Result<Step> Reject(string stepId, int seenVersion, Actor approver, string reason, ApprovalPolicy policy,
        DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
            return Result<Step>.Refuse("A rejection needs a reason, e.g. `reject <run> <step> not during business hours`.");
        var located = Locate(stepId);
        if (located.IsRefused)
            return AlreadyApplied(stepId, seenVersion, approver, Verdict.Reject) ?? located;
        var step = located.Value;
        LapseExpiredApprovals(step, policy, now);
        if (Check(step, seenVersion, approver, policy, Verdict.Reject) is { } refusal)
            return AlreadyApplied(stepId, seenVersion, approver, Verdict.Reject) ?? refusal;

        step.Record(new ApprovalDecision(step.StepId, step.Version, approver.UserId, Verdict.Reject, reason.Trim(), now), now);
        Move(step, StepTrigger.Reject, approver.UserId, now, reason.Trim());
        return step;
    }

    /// <summary>
    /// Re-issues the step as a new version when an approval of <paramref name="version"/> has lapsed before
    /// the step ran. Called by the expiry job at the lapse time; a no-op refusal when nothing is due.
    /// </summary>
    public Result<Step> ExpireApprovals(string stepId, int version, ApprovalPolicy policy, DateTimeOffset now)
    {
        var located = Locate(stepId);
        if (located.IsRefused)
            return located;
        var step = located.Value;
        if (step.Version != version)
            return Result<Step>.Refuse($"Step {step.Definition} is at version {step.Version}, not {version}; nothing to expire.");
        if (step.State is not (StepState.AwaitingApproval or StepState.Approved))
            return Result<Step>.Refuse($"Step {step.Definition} v{version} is {Describe(step.State)}; its approvals no longer matter.");
        return LapseExpiredApprovals(step, policy, now)
            ? step
            : Result<Step>.Refuse($"No approval of step {step.Definition} v{version} has lapsed yet.");
    }

    private Result<Step> Ask(string stepId, Actor actor, StepTrigger trigger, DateTimeOffset now, string? detail = null)
    {
        var located = Locate(stepId);
        if (located.IsRefused)
            return located;
        var step = located.Value;
        if (!step.Definition.InSequence && trigger != StepTrigger.RequestSkip)
            return RequestRollback(actor, now);
        if (trigger != StepTrigger.RequestApproval && MustBeInvolved(actor, trigger == StepTrigger.Retry ? "retry a step" : "skip a step") is { } notInvolved)
            return notInvolved;
        if (MustBeCurrent(step) is { } notCurrent)
            return notCurrent;
        if (trigger == StepTrigger.RequestSkip && !step.Definition.Skippable)
            return Result<Step>.Refuse($"Step {step.Definition} cannot be skipped: every later step depends on it.");
        if (trigger == StepTrigger.RequestSkip && step.State == StepState.AwaitingApproval && step.Intent == StepIntent.Skip)
            return Result<Step>.Refuse($"Skipping step {step.Definition} is already waiting for approval (v{step.Version}).");

        var moved = StepTransitions.Move(step.State, trigger);
        if (moved.IsRefused)
            return moved.Refusal;
        if (State == RunState.Planned)
            Move(RunTrigger.Start, actor.UserId, now);
        Move(step, trigger, actor.UserId, now, detail: detail);
        return step;
    }

    private Refusal? Check(Step step, int seenVersion, Actor approver, ApprovalPolicy policy, Verdict verdict)
    {
        if (seenVersion != step.Version)
            return new Refusal(StaleVersion(step, seenVersion));
        if (verdict == Verdict.Approve && step.Definition.InSequence && RollbackPending)
            return new Refusal($"A rollback of run {Id} is waiting for approval; step {step.Definition} cannot be approved until it is rejected.");
        var move = StepTransitions.Move(step.State, verdict == Verdict.Approve ? StepTrigger.Approve : StepTrigger.Reject);
        if (move.IsRefused)
            return move.Refusal;
        if (!policy.HasApprovers)
            return new Refusal("No approvers are configured for Cutover. Set CUTOVER_APPROVERS (user ids) or CUTOVER_APPROVER_GROUPS.");
        var isRequester = approver.UserId == RequestedBy;
        if (!approver.IsApprover && !(verdict == Verdict.Reject && isRequester))
            return new Refusal($"You are not an approver for run {Id}; nothing was changed.");
        if (verdict == Verdict.Approve && isRequester && !policy.RequesterMayApprove)
            return new Refusal($"You requested run {Id}, so you cannot approve its steps. Ask another approver.");
        // One decision per (step version, user): the store's unique index says the same.
        if (step.CurrentDecisions.Any(d => d.UserId == approver.UserId))
            return new Refusal(verdict == Verdict.Approve
                ? $"You already approved step {step.Definition} v{step.Version}; it needs a different approver."
                : $"You already decided on step {step.Definition} v{step.Version}.");
        return null;
    }

    /// <summary>
    /// A decision that already took effect, seen again (a click redelivered after a crash, or clicked twice): said as
    /// such once the step has moved on. While the step still waits for more approvers, <see cref="Check"/>'s answer
    /// ("it needs a different approver") says more, so this is null then.
    /// </summary>
    private Refusal? AlreadyApplied(string stepId, int seenVersion, Actor actor, Verdict verdict)
    {
        var step = FindStep(stepId);
        if (step is null || (IsActive && step.Version == seenVersion && step.State == StepState.AwaitingApproval))
            return null;
        var decision = step.Decisions.FirstOrDefault(d => d.StepVersion == seenVersion && d.UserId == actor.UserId && d.Verdict == verdict);
        return decision is null
            ? null
            : new Refusal($"Your {(verdict == Verdict.Approve ? "approval" : "rejection")} of step {step.Definition} v{seenVersion} was already applied "
                          + $"at {decision.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC; nothing more to do.");
    }

    private static string StaleVersion(Step step, int seenVersion) =>
        seenVersion > step.Version
            ? $"Step {step.Definition} has no version {seenVersion}; it is at version {step.Version}."
            : $"That button belongs to version {seenVersion} of step {step.Definition}, but the step is now at version "
              + $"{step.Version} ({Describe(step.State)}) because it was re-issued since. Use the latest request in the thread.";

    private bool LapseExpiredApprovals(Step step, ApprovalPolicy policy, DateTimeOffset now)
    {
        if (step.State is not (StepState.AwaitingApproval or StepState.Approved))
            return false;
        if (step.ApprovalsExpireAt(policy.Expiry) is not { } expiresAt || expiresAt > now)
            return false;
        var lapsed = step.Version;
        Move(step, StepTrigger.Expire, Actor.System.UserId, now,
            detail: $"approvals of v{lapsed} lapsed at {expiresAt:yyyy-MM-dd HH:mm}Z; re-issued as v{lapsed + 1}");
        return true;
    }
}
