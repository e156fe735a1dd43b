namespace Cutover.Core.Conversations.Handlers;

/// <summary><c>rollback &lt;run&gt;</c>: asks for approval to put the source app back in service.</summary>
public sealed class RollbackHandler(RunChange change) : CommandHandler<RollbackCommand>
{
    public override Task<ChatMessage?> HandleAsync(ChatRequest request, RollbackCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return change.ApplyAsync(request, command.RunId, "rollback", (run, actor, now) => run.RequestRollback(actor, now), cancellationToken);
    }
}
