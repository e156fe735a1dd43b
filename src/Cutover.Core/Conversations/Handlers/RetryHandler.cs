namespace Cutover.Core.Conversations.Handlers;

/// <summary>
/// <c>retry &lt;run&gt; &lt;step&gt;</c>: puts a failed or rejected step up for approval again. <c>retry &lt;run&gt; deploy
/// from &lt;url&gt;</c> also records the source the deploy builds from when the slug cannot be copied
/// (<see cref="SourceUrlFact"/>).
/// </summary>
public sealed class RetryHandler(RunChange change, IRunFacts facts) : CommandHandler<RetryCommand>
{
    /// <summary>The run fact with the source tarball URL given in the thread for the deploy's build.</summary>
    public const string SourceUrlFact = "deploy.source-url";

    public override async Task<ChatMessage?> HandleAsync(ChatRequest request, RetryCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var what = command.SourceUrl is null ? $"retry {command.Step.Id}" : $"retry {command.Step.Id} from {command.SourceUrl}";
        var refused = await change.ApplyAsync(request, command.RunId, what,
            (run, actor, now) => run.Retry(command.Step.Id, actor, now), cancellationToken).ConfigureAwait(false);
        if (refused is null && command.SourceUrl is { } url)
            await facts.SetAsync(command.RunId, SourceUrlFact, url.AbsoluteUri, cancellationToken).ConfigureAwait(false);
        return refused;
    }
}
