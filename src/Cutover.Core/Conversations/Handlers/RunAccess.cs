namespace Cutover.Core.Conversations.Handlers;

/// <summary>
/// What every command or click that names a run goes through: the run exists, the request comes from where the run is
/// (its platform and channel, and for a click its thread), and a refused attempt is audited (who, what, why).
/// </summary>
public sealed class RunAccess(IRunStore store, ApproverDirectory approvers, IAuditLog audit, TimeProvider clock)
{
    /// <summary>The audit action of a refused typed command (retry, skip, rollback, abort, waive) or a misplaced decision.</summary>
    public const string CommandRefused = "run.command-refused";

    /// <summary>
    /// Run <paramref name="runId"/> for a request about it (<paramref name="what"/>, e.g. <c>retry deploy</c>); refused when
    /// there is no such run, and refused and audited when the request does not come from where the run is.
    /// </summary>
    public async Task<Result<Run>> OpenAsync(ChatRequest request, long runId, string what, bool click, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (await store.GetAsync(runId, cancellationToken).ConfigureAwait(false) is not { } run)
            return Result<Run>.Refuse($"There is no run {runId}; see `list`.");
        if (Misplaced(run, request.Conversation, click) is not { } misplaced)
            return run;
        await AuditAsync(runId, request.User, what, misplaced, cancellationToken).ConfigureAwait(false);
        return Result<Run>.Refuse(misplaced);
    }

    /// <summary>
    /// Applies <paramref name="change"/> to the run as the user who asked (their approver status resolved); refused as
    /// <see cref="OpenAsync"/> is, and audited when the run refuses the change.
    /// </summary>
    public async Task<Result<T>> ChangeAsync<T>(ChatRequest request, long runId, string what, Func<Run, Actor, Result<T>> change,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var opened = await OpenAsync(request, runId, what, click: false, cancellationToken).ConfigureAwait(false);
        if (opened.IsRefused)
            return opened.Refusal;
        var actor = await approvers.ResolveAsync(request.User, cancellationToken).ConfigureAwait(false);
        var changed = await store.UpdateAsync(runId, run => change(run, actor), cancellationToken).ConfigureAwait(false);
        if (changed.IsRefused)
            await AuditAsync(runId, request.User, what, changed.Refusal.Reason, cancellationToken).ConfigureAwait(false);
        return changed;
    }

    /// <summary>Audits a refused attempt of <paramref name="user"/> on the run (nothing is written when there is no such run).</summary>
    public async Task AuditAsync(long runId, ChatUser user, string what, string reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        await audit.AppendAsync(runId, new AuditEvent(user.Qualified, CommandRefused, clock.GetUtcNow(), detail: $"{what}: {reason}"), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// Why a decision or command about <paramref name="run"/> may not come from <paramref name="from"/>: a run is acted on
    /// only where its thread is, on the same chat platform and in the same channel; a button, only from the run's own
    /// thread (a click whose value names another run than its message's is refused). Null when it may.
    /// </summary>
    private static string? Misplaced(Run run, ConversationReference from, bool click)
    {
        var home = run.Conversation;
        if (from.Channel != home.Channel)
            return $"Run {run.Id} is run from {home.Channel}, not from here; approve, reject or change it in its thread there.";
        if (!string.Equals(from.ChannelId, home.ChannelId, StringComparison.Ordinal))
            return $"Run {run.Id}'s thread is in another channel; approve, reject or change it there.";
        if (click && from.ThreadId is { } thread && home.ThreadId is { } root && !string.Equals(thread, root, StringComparison.Ordinal))
            return $"That button is not in run {run.Id}'s thread, so it cannot act on run {run.Id}; use the request in the run's own thread.";
        return null;
    }
}
