namespace Cutover.Core.UseCases;

/// <summary>
/// <c>pause &lt;reason&gt;</c> and <c>resume</c>: an approver stops every run from moving on (during an incident, a
/// freeze), and resumes them. The pause is recorded in the audit of every active run. On resume, steps that were
/// approved just before the pause and held back are started.
/// </summary>
public sealed class PauseCutover(IPauseLock pauseLock, ApproverDirectory approvers, IRunStore store, IRunScheduler scheduler, TimeProvider clock)
{
    /// <summary>Why nothing may be approved or started while <paramref name="hold"/> is in force.</summary>
    public static string Refusal(PauseHold hold)
    {
        ArgumentNullException.ThrowIfNull(hold);
        return $"Cutover is paused by {hold.By} since {DnsFacts.Utc(hold.Since)}: {hold.Reason}. Nothing is approved or started until an approver sends `resume`.";
    }

    /// <summary>Takes the pause for <paramref name="user"/>; refused for non-approvers and when someone holds it already.</summary>
    public async Task<Result<PauseHold>> PauseAsync(ChatUser user, string reason, CancellationToken cancellationToken)
    {
        var actor = await approvers.ResolveAsync(user, cancellationToken).ConfigureAwait(false);
        if (!actor.IsApprover)
            return Result<PauseHold>.Refuse("Only an approver can pause Cutover.");
        var (taken, hold) = await pauseLock.TakeAsync(new PauseHold(user.Qualified, reason.Trim(), clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        if (!taken)
            return Result<PauseHold>.Refuse($"Cutover is already paused by {hold.By} since {DnsFacts.Utc(hold.Since)}: {hold.Reason}.");
        await RecordAsync(await store.ListActiveAsync(cancellationToken).ConfigureAwait(false), actor, paused: true, hold.Reason, cancellationToken)
            .ConfigureAwait(false);
        return hold;
    }

    /// <summary>Releases the pause and starts the steps it held back; refused for non-approvers and when not paused.</summary>
    public async Task<Result<PauseHold>> ResumeAsync(ChatUser user, CancellationToken cancellationToken)
    {
        var actor = await approvers.ResolveAsync(user, cancellationToken).ConfigureAwait(false);
        if (!actor.IsApprover)
            return Result<PauseHold>.Refuse("Only an approver can resume Cutover.");
        if (await pauseLock.ReleaseAsync(cancellationToken).ConfigureAwait(false) is not { } released)
            return Result<PauseHold>.Refuse("Cutover is not paused.");
        var active = await store.ListActiveAsync(cancellationToken).ConfigureAwait(false);
        await RecordAsync(active, actor, paused: false, null, cancellationToken).ConfigureAwait(false);
        foreach (var run in active.Where(r => r.StepToExecute is { State: StepState.Approved }))
            await scheduler.ScheduleStepExecutionAsync(run.Id, cancellationToken).ConfigureAwait(false);

        return released;
    }

    private async Task RecordAsync(IReadOnlyList<Run> active, Actor actor, bool paused, string? reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var run in active)
        {
            await store.UpdateAsync(run.Id, r =>
            {
                r.RecordPause(actor, paused, reason, now);
                return Result<Done>.Ok(Done.Value);
            }, cancellationToken).ConfigureAwait(false);
        }
    }
}
