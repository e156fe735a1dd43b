namespace Cutover.Core.Conversations.Handlers;

/// <summary>
/// <c>waive &lt;run&gt; &lt;reason&gt;</c>: an approver lets the cutover start although the DNS TTL check says not yet; the
/// waiver (who, when, why) is kept as a run fact for the gate and the sender is told privately.
/// </summary>
public sealed class WaiveHandler(RunAccess runs, IRunFacts facts, TimeProvider clock) : CommandHandler<WaiveCommand>
{
    public override async Task<ChatMessage?> HandleAsync(ChatRequest request, WaiveCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(command);
        var now = clock.GetUtcNow();
        var waived = await runs.ChangeAsync(request, command.RunId, "waive", (run, actor) => run.WaiveDnsCheck(actor, command.Reason, now), cancellationToken)
            .ConfigureAwait(false);
        if (waived.IsRefused)
            return RunMessages.Refused(waived.Refusal.Reason);
        await facts.SetAsync(command.RunId, DnsFacts.Waiver, $"{request.User} at {DnsFacts.Iso(now)}: {command.Reason}", cancellationToken)
            .ConfigureAwait(false);
        return RunMessages.Refused($"DNS check waived for run {command.RunId}: {command.Reason}") with { Title = "Waiver recorded", Status = MessageStatus.Info };
    }
}
