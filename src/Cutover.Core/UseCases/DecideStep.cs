namespace Cutover.Core.UseCases;

/// <summary>
/// Approve or reject one version of a step, from a button or a typed command. Every refused attempt is audited (who,
/// what, why), so an investigation sees who tried as well as who succeeded.
/// </summary>
public sealed class DecideStep(IRunStore store, IAuditLog audit, ApproverDirectory approvers, IRunScheduler scheduler, IPauseLock pauseLock,
    TimeProvider clock, IEnumerable<IStepGate>? gates = null)
{
    /// <summary>The audit action of a refused approval.</summary>
    public const string ApprovalRefused = "step.approval-refused";

    /// <summary>The audit action of a refused rejection.</summary>
    public const string RejectionRefused = "step.rejection-refused";

    private readonly IReadOnlyList<IStepGate> _gates = [.. gates ?? []];

    /// <summary>
    /// Records the approval; once recorded, schedules the lapse of the step version's approvals, and once the
    /// step is approved, its execution. Refused while Cutover is paused.
    /// </summary>
    public async Task<Result<ApprovalProgress>> ApproveAsync(long runId, string stepId, int seenVersion, ChatUser user,
        CancellationToken cancellationToken, string? acknowledging = null)
    {
        var actor = await approvers.ResolveAsync(user, cancellationToken).ConfigureAwait(false);
        var result = await ApproveUnlessHeldAsync(runId, stepId, seenVersion, actor, acknowledging, cancellationToken).ConfigureAwait(false);
        if (result.IsRefused)
        {
            await AuditRefusalAsync(runId, ApprovalRefused, stepId, seenVersion, actor, result.Refusal.Reason, cancellationToken).ConfigureAwait(false);
            return result;
        }

        var step = result.Value.Step;
        if (step.State is StepState.AwaitingApproval or StepState.Approved && step.ApprovalsExpireAt(approvers.Policy.Expiry) is { } lapse)
            await scheduler.ScheduleApprovalExpiryAsync(runId, step.StepId, step.Version, lapse, cancellationToken).ConfigureAwait(false);
        if (step.State == StepState.Approved)
            await scheduler.ScheduleStepExecutionAsync(runId, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Records the approval unless Cutover is paused or a gate on the step holds it back.</summary>
    private async Task<Result<ApprovalProgress>> ApproveUnlessHeldAsync(long runId, string stepId, int seenVersion, Actor actor,
        string? acknowledging, CancellationToken cancellationToken)
    {
        if (await pauseLock.CurrentAsync(cancellationToken).ConfigureAwait(false) is { } pause)
            return Result<ApprovalProgress>.Refuse(PauseCutover.Refusal(pause));
        if (await GateAsync(runId, stepId, cancellationToken).ConfigureAwait(false) is { } gated)
            return Result<ApprovalProgress>.Refuse(gated);
        return await store.UpdateAsync(runId, run => Approve(run, stepId, seenVersion, actor, acknowledging), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The refusal of a gate on the step (only for running it; skipping is never gated).</summary>
    private async Task<string?> GateAsync(long runId, string stepId, CancellationToken cancellationToken)
    {
        var gates = _gates.Where(g => string.Equals(g.StepId, stepId, StringComparison.OrdinalIgnoreCase)).ToList();
        if (gates.Count == 0 || await store.GetAsync(runId, cancellationToken).ConfigureAwait(false) is not { } run
                             || run.FindStep(stepId) is not { Intent: StepIntent.Execute })
            return null;
        foreach (var gate in gates)
        {
            if (await gate.RefusalAsync(run, cancellationToken).ConfigureAwait(false) is { } refusal)
                return refusal;
        }

        return null;
    }

    private Result<ApprovalProgress> Approve(Run run, string stepId, int seenVersion, Actor actor, string? acknowledging)
    {
        var now = clock.GetUtcNow();
        var progress = run.Approve(stepId, seenVersion, actor, approvers.Policy, now, acknowledging);
        if (progress is { IsRefused: false, Value.Step.State: StepState.Skipped })
            run.PutNextStepUp(now);
        return progress;
    }

    /// <summary>Records the rejection with its reason; the step stops until someone retries or skips it.</summary>
    public async Task<Result<Step>> RejectAsync(long runId, string stepId, int seenVersion, ChatUser user, string reason,
        CancellationToken cancellationToken)
    {
        var actor = await approvers.ResolveAsync(user, cancellationToken).ConfigureAwait(false);
        var result = await store.UpdateAsync(runId,
            run => run.Reject(stepId, seenVersion, actor, reason, approvers.Policy, clock.GetUtcNow()),
            cancellationToken).ConfigureAwait(false);
        if (result.IsRefused)
            await AuditRefusalAsync(runId, RejectionRefused, stepId, seenVersion, actor, result.Refusal.Reason, cancellationToken).ConfigureAwait(false);
        return result;
    }

    private async Task AuditRefusalAsync(long runId, string action, string stepId, int seenVersion, Actor actor, string reason,
        CancellationToken cancellationToken) =>
        await audit.AppendAsync(runId, new AuditEvent(actor.UserId, action, clock.GetUtcNow(), stepId, seenVersion,
            detail: $"{(actor.IsApprover ? "approver" : "not an approver")}: {reason}"), cancellationToken).ConfigureAwait(false);
}
