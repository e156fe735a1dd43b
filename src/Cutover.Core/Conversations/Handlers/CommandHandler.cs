namespace Cutover.Core.Conversations.Handlers;

/// <summary>An <see cref="ICommandHandler"/> of <typeparamref name="TCommand"/>, which it is given typed.</summary>
public abstract class CommandHandler<TCommand> : ICommandHandler
    where TCommand : Command
{
    public Type Handles => typeof(TCommand);

    /// <summary>Carries the command out; returns the private reply, or null when everything was posted in the run's thread.</summary>
    public abstract Task<ChatMessage?> HandleAsync(ChatRequest request, TCommand command, CancellationToken cancellationToken);

    Task<ChatMessage?> ICommandHandler.HandleAsync(ChatRequest request, Command command, CancellationToken cancellationToken) =>
        HandleAsync(request, (TCommand)command, cancellationToken);
}
