namespace Cutover.Core.Conversations.Handlers;

/// <summary>
/// <c>audit &lt;run&gt; [page]</c>: one page of the run's audit trail, answered privately to whoever asks in the run's
/// channel; asked from anywhere else it is refused (and that is audited), like every request about a run. When downloads
/// are enabled it links the whole trail as CSV and JSON (<see cref="IAuditDownloads"/>).
/// </summary>
public sealed class AuditHandler(RunAccess runs, IAuditLog audit, IAuditDownloads downloads) : CommandHandler<AuditCommand>
{
    public override async Task<ChatMessage?> HandleAsync(ChatRequest request, AuditCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var run = await runs.OpenAsync(request, command.RunId, "audit", click: false, cancellationToken).ConfigureAwait(false);
        if (run.IsRefused)
            return RunMessages.Refused(run.Refusal.Reason);
        var events = await audit.ReadAsync(command.RunId, cancellationToken).ConfigureAwait(false);
        return AuditMessages.Page(run.Value, events, command.Page, downloads.Offer(command.RunId));
    }
}
