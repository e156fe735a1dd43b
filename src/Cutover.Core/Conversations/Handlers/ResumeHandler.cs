namespace Cutover.Core.Conversations.Handlers;

/// <summary><c>resume</c>: an approver ends the pause; every active thread hears it.</summary>
public sealed class ResumeHandler(PauseCutover pause, PauseAnnouncer announcer) : CommandHandler<ResumeCommand>
{
    public override async Task<ChatMessage?> HandleAsync(ChatRequest request, ResumeCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var released = await pause.ResumeAsync(request.User, cancellationToken).ConfigureAwait(false);
        return await announcer.AnnounceAsync(released, paused: false, cancellationToken).ConfigureAwait(false);
    }
}
