namespace Cutover.Host.Inbound;

/// <summary>Processes the stored requests of one channel (<c>slack</c>, <c>teams</c>) after they were acknowledged.</summary>
public interface IInboundHandler
{
    string Channel { get; }

    /// <summary>Does the work of one request. Throwing means "try again later"; the worker backs off and retries.</summary>
    Task HandleAsync(InboundItem item, CancellationToken cancellationToken);
}
