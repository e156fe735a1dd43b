namespace Cutover.Core.Conversations.Handlers;

/// <summary><c>retry &lt;run&gt; &lt;step&gt;</c>: puts a failed or rejected step up for approval again.</summary>
public sealed class RetryHandler(RunChange change) : CommandHandler<RetryCommand>
{
    public override Task<ChatMessage?> HandleAsync(ChatRequest request, RetryCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return change.ApplyAsync(request, command.RunId, $"retry {command.Step.Id}",
            (run, actor, now) => run.Retry(command.Step.Id, actor, now), cancellationToken);
    }
}
