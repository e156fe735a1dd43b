namespace Cutover.Core.Conversations.Handlers;

/// <summary>
/// The Done button of a manual action: from the run's thread only, confirmed once (<see cref="ConfirmManualAction"/>),
/// then the thread shows it done. A refused confirmation is audited like any refused click.
/// </summary>
public sealed class ManualActionHandler(RunAccess runs, ConfirmManualAction confirm, RunAnnouncer announcer)
{
    /// <summary>The private reply: a refusal, "already done", or null when the thread says it all.</summary>
    public async Task<ChatMessage?> ConfirmAsync(ChatRequest request, StepActionPayload payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(payload);
        var key = payload.ManualAction ?? throw new ArgumentException("The payload names no manual action.", nameof(payload));
        var what = $"confirm manual action {key} of {payload.StepId}";
        var opened = await runs.OpenAsync(request, payload.RunId, what, click: true, cancellationToken).ConfigureAwait(false);
        if (opened.IsRefused)
            return RunMessages.Refused(opened.Refusal.Reason);
        var confirmed = await confirm.ConfirmAsync(payload.RunId, payload.StepId, key, request.User, cancellationToken).ConfigureAwait(false);
        if (confirmed.IsRefused)
        {
            await runs.AuditAsync(payload.RunId, request.User, what, confirmed.Refusal.Reason, cancellationToken).ConfigureAwait(false);
            return RunMessages.Refused(confirmed.Refusal.Reason);
        }

        await announcer.AnnounceAsync(payload.RunId, cancellationToken).ConfigureAwait(false);
        return confirmed.Value.ConfirmedBy == request.User.Qualified ? null : ManualActionMessages.AlreadyConfirmed(confirmed.Value);
    }
}
