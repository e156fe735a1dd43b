namespace Cutover.Core.Conversations.Handlers;

/// <summary>
/// A typed command that changes a run and lets its thread tell the outcome (retry, skip, rollback, abort): the refusal
/// goes privately to the sender; a change is announced in the thread.
/// </summary>
public sealed class RunChange(RunAccess runs, RunAnnouncer announcer, TimeProvider clock)
{
    /// <summary>Applies the change as the sender at the current time; returns the refusal for the sender, or null once announced.</summary>
    public async Task<ChatMessage?> ApplyAsync<T>(ChatRequest request, long runId, string what, Func<Run, Actor, DateTimeOffset, Result<T>> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        var changed = await runs.ChangeAsync(request, runId, what, (run, actor) => change(run, actor, clock.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
        if (changed.IsRefused)
            return RunMessages.Refused(changed.Refusal.Reason);
        await announcer.AnnounceAsync(runId, cancellationToken).ConfigureAwait(false);
        return null;
    }
}
