namespace Cutover.Core.Conversations.Handlers;

/// <summary><c>abort &lt;run&gt; [reason]</c>: stops the run and removes its timed jobs.</summary>
public sealed class AbortHandler(RunChange change, IRunScheduler scheduler) : CommandHandler<AbortCommand>
{
    public override async Task<ChatMessage?> HandleAsync(ChatRequest request, AbortCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var reply = await change.ApplyAsync(request, command.RunId, "abort", (run, actor, now) => run.Abort(actor, command.Reason, now), cancellationToken)
            .ConfigureAwait(false);
        if (reply is null)
            await scheduler.UnscheduleRunAsync(command.RunId, cancellationToken).ConfigureAwait(false);
        return reply;
    }
}
