namespace Cutover.Core.Ports;

/// <summary>
/// The durable ack-then-process queue for chat requests: an endpoint stores the verified request and answers at
/// once; a worker leases and processes it. The key (Slack trigger id, Teams activity id …) is unique, so a
/// redelivery or a double click is stored once; a lease that is not completed (the process died) runs out and the
/// request is processed again.
/// </summary>
public interface IInboundRequests
{
    /// <summary>Stores the request; false when a request with the same key was stored before (a duplicate).</summary>
    Task<bool> EnqueueAsync(InboundRequestData request, DateTimeOffset receivedAt, CancellationToken cancellationToken);

    /// <summary>Leases the oldest request that is due and not leased by someone else, or returns null.</summary>
    Task<InboundItem?> LeaseNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Marks a leased request done.</summary>
    Task CompleteAsync(long id, CancellationToken cancellationToken);

    /// <summary>Records a failed attempt; the request is offered again at <paramref name="retryAt"/>, or given up when null.</summary>
    Task FailAsync(long id, string error, DateTimeOffset? retryAt, CancellationToken cancellationToken);

    /// <summary>Whether the request with <paramref name="key"/> is done; null when no such request is stored.</summary>
    Task<bool?> IsCompletedAsync(string key, CancellationToken cancellationToken);

    /// <summary>Requests not yet done (for health and tests).</summary>
    Task<int> CountPendingAsync(CancellationToken cancellationToken);

    /// <summary>Requests not yet done and when the oldest of them was received (for telemetry).</summary>
    Task<InboundBacklog> BacklogAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the requests that are done (completed or given up) and were last worked on before <paramref name="before"/>;
    /// returns how many. Requests not yet done are never deleted.
    /// </summary>
    Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken);
}

/// <summary>A request to store: its dedupe key, the channel (<c>slack</c>, <c>teams</c>, <c>console</c>), its kind and body.</summary>
public sealed record InboundRequestData(string Key, string Channel, string Kind, string Body);

/// <summary>A leased request; <paramref name="Attempts"/> counts this one.</summary>
public sealed record InboundItem(long Id, string Key, string Channel, string Kind, string Body, int Attempts, DateTimeOffset ReceivedAt);
