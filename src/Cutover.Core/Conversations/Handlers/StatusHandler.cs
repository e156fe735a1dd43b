namespace Cutover.Core.Conversations.Handlers;

/// <summary><c>status [&lt;app&gt;]</c>: the app's active run, or every active run.</summary>
public sealed class StatusHandler(IRunStore store) : CommandHandler<StatusCommand>
{
    public override async Task<ChatMessage?> HandleAsync(ChatRequest request, StatusCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.App is null)
            return RunMessages.List(await store.ListActiveAsync(cancellationToken).ConfigureAwait(false));
        var run = await store.FindActiveAsync(command.App, cancellationToken).ConfigureAwait(false);
        return run is null
            ? RunMessages.Refused($"{command.App} has no active run. Start one with `plan {command.App} to <space>`.")
            : RunMessages.Status(run);
    }
}
