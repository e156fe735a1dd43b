namespace Cutover.Core.Conversations.Handlers;

/// <summary><c>list</c>: every active run.</summary>
public sealed class ListHandler(IRunStore store) : CommandHandler<ListCommand>
{
    public override async Task<ChatMessage?> HandleAsync(ChatRequest request, ListCommand command, CancellationToken cancellationToken) =>
        RunMessages.List(await store.ListActiveAsync(cancellationToken).ConfigureAwait(false));
}
