namespace Cutover.Core.Conversations.Handlers;

/// <summary>
/// Carries out one kind of typed <see cref="Command"/>. <see cref="ChatCommands"/> routes each parsed command to the one
/// handler of its type, after the refusals every command shares (a foreign workspace or tenant, a parse error).
/// </summary>
public interface ICommandHandler
{
    /// <summary>The command record it handles, e.g. <see cref="RetryCommand"/>: the router's key.</summary>
    Type Handles { get; }

    /// <summary>Carries the command out; returns the private reply, or null when everything was posted in the run's thread.</summary>
    Task<ChatMessage?> HandleAsync(ChatRequest request, Command command, CancellationToken cancellationToken);
}
