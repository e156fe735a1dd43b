namespace Cutover.Core.Conversations.Handlers;

/// <summary><c>help</c>, or nothing typed: the commands.</summary>
public sealed class HelpHandler : CommandHandler<HelpCommand>
{
    public override Task<ChatMessage?> HandleAsync(ChatRequest request, HelpCommand command, CancellationToken cancellationToken) =>
        Task.FromResult<ChatMessage?>(RunMessages.Help());
}
