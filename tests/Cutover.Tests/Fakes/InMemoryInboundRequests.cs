namespace Cutover.Tests.Fakes;

/// <summary>
/// <see cref="IInboundRequests"/> in memory: one row per key, leased oldest first; a lease hides a row until it runs out,
/// as the store's does.
/// </summary>
internal sealed class InMemoryInboundRequests : IInboundRequests
{
    private readonly List<Row> _rows = [];

    public Task<bool> EnqueueAsync(InboundRequestData request, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        if (_rows.Any(r => r.Data.Key == request.Key))
            return Task.FromResult(false);
        _rows.Add(new Row(_rows.Count + 1, request, receivedAt) { DueAt = receivedAt });
        return Task.FromResult(true);
    }

    public Task<InboundItem?> LeaseNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var row = _rows.Where(r => !r.Done && r.DueAt <= now).OrderBy(r => r.ReceivedAt).FirstOrDefault();
        if (row is null)
            return Task.FromResult<InboundItem?>(null);
        row.DueAt = now + lease;
        row.Attempts++;
        return Task.FromResult<InboundItem?>(new InboundItem(row.Id, row.Data.Key, row.Data.Channel, row.Data.Kind, row.Data.Body, row.Attempts,
            row.ReceivedAt));
    }

    public Task CompleteAsync(long id, CancellationToken cancellationToken)
    {
        Find(id).Done = true;
        return Task.CompletedTask;
    }

    public Task FailAsync(long id, string error, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        var row = Find(id);
        row.Done = retryAt is null;
        row.DueAt = retryAt ?? row.DueAt;
        return Task.CompletedTask;
    }

    public Task<bool?> IsCompletedAsync(string key, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.FirstOrDefault(r => r.Data.Key == key)?.Done);

    public Task<int> CountPendingAsync(CancellationToken cancellationToken) => Task.FromResult(_rows.Count(r => !r.Done));

    public Task<InboundBacklog> BacklogAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new InboundBacklog(_rows.Count(r => !r.Done), _rows.Where(r => !r.Done).Select(r => (DateTimeOffset?)r.ReceivedAt).Min()));

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken) =>
        Task.FromResult(_rows.RemoveAll(r => r.Done && r.DueAt < before));

    private Row Find(long id) => _rows.Single(r => r.Id == id);

    private sealed record Row(long Id, InboundRequestData Data, DateTimeOffset ReceivedAt)
    {
        public DateTimeOffset DueAt { get; set; }

        public int Attempts { get; set; }

        public bool Done { get; set; }
    }
}
