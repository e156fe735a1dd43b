namespace Cutover.Core.Conversations.Handlers;

/// <summary><c>pause &lt;reason&gt;</c>: an approver stops every run from moving on; every active thread hears it.</summary>
public sealed class PauseHandler(PauseCutover pause, PauseAnnouncer announcer) : CommandHandler<PauseCommand>
{
    public override async Task<ChatMessage?> HandleAsync(ChatRequest request, PauseCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(command);
        var held = await pause.PauseAsync(request.User, command.Reason, cancellationToken).ConfigureAwait(false);
        return await announcer.AnnounceAsync(held, paused: true, cancellationToken).ConfigureAwait(false);
    }
}
