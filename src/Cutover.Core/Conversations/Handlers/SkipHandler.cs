namespace Cutover.Core.Conversations.Handlers;

/// <summary><c>skip &lt;run&gt; &lt;step&gt; [reason]</c>: asks for approval to skip the current step.</summary>
public sealed class SkipHandler(RunChange change) : CommandHandler<SkipCommand>
{
    public override Task<ChatMessage?> HandleAsync(ChatRequest request, SkipCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return change.ApplyAsync(request, command.RunId, $"skip {command.Step.Id}",
            (run, actor, now) => run.RequestSkip(command.Step.Id, actor, now, command.Reason), cancellationToken);
    }
}
