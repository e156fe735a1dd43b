namespace Cutover.Core.UseCases;

/// <summary>
/// A person says a manual action of a step is done (its Done button): recorded in the audit and in the step's
/// <see cref="ManualChecklist"/>, once. A second confirmation (a redelivered click, another person) changes nothing.
/// </summary>
public sealed class ConfirmManualAction(IRunStore store, ApproverDirectory approvers, ManualChecklist checklist, TimeProvider clock)
{
    /// <summary>The action as confirmed now (or earlier, by whoever was first), or why it cannot be confirmed.</summary>
    public async Task<Result<ManualItem>> ConfirmAsync(long runId, string stepId, string key, ChatUser user, CancellationToken cancellationToken)
    {
        var items = await checklist.ReadAsync(runId, stepId, cancellationToken).ConfigureAwait(false);
        if (items.FirstOrDefault(i => string.Equals(i.Action.Key, key, StringComparison.Ordinal)) is not { } item)
            return Result<ManualItem>.Refuse($"Step {stepId} of run {runId} has no manual action '{key}'.");
        if (item.Done)
            return item;
        var actor = await approvers.ResolveAsync(user, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var recorded = await store.UpdateAsync(runId, run => run.ConfirmManualAction(stepId, item.Action.Title, actor, now), cancellationToken)
            .ConfigureAwait(false);
        if (recorded.IsRefused)
            return recorded.Refusal;
        await checklist.ConfirmAsync(runId, stepId, key, actor.UserId, now, cancellationToken).ConfigureAwait(false);
        return item with { ConfirmedBy = actor.UserId, ConfirmedAt = now };
    }
}
