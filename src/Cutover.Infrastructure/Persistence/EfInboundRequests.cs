namespace Cutover.Infrastructure.Persistence;

/// <summary>
/// <see cref="IInboundRequests"/> in the <c>inbound_requests</c> table. Requests are stored by
/// <see cref="InboundRequestWriter"/>, which commits concurrent ones together. A lease is a conditional update of the
/// row's <c>NotBeforeMs</c>: of two workers (or two dynos) that saw the same row, exactly one update matches.
/// </summary>
public sealed class EfInboundRequests(IDbContextFactory<CutoverDbContext> contexts, InboundRequestWriter writer) : IInboundRequests
{
    private const int Candidates = 8;

    public Task<bool> EnqueueAsync(InboundRequestData request, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        writer.WriteAsync(request, receivedAt, cancellationToken);

    public async Task<InboundItem?> LeaseNextAsync(DateTimeOffset now, TimeSpan lease, CancellationToken cancellationToken)
    {
        var nowMs = now.ToUnixTimeMilliseconds();
        await using var db = contexts.CreateDbContext();
        var due = await db.InboundRequests.AsNoTracking()
            .Where(r => !r.Completed && r.NotBeforeMs <= nowMs)
            .OrderBy(r => r.Id)
            .Take(Candidates)
            .ToListAsync(cancellationToken);
        foreach (var row in due)
        {
            var leased = await db.InboundRequests
                .Where(r => r.Id == row.Id && !r.Completed && r.NotBeforeMs == row.NotBeforeMs)
                .ExecuteUpdateAsync(r => r
                    .SetProperty(x => x.NotBeforeMs, nowMs + (long)lease.TotalMilliseconds)
                    .SetProperty(x => x.Attempts, x => x.Attempts + 1), cancellationToken);
            if (leased == 1)
                return new InboundItem(row.Id, row.Key, row.Channel, row.Kind, row.Body, row.Attempts + 1, row.ReceivedAt);
        }

        return null;
    }

    public async Task CompleteAsync(long id, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var now = DateTimeOffset.UtcNow;
        await db.InboundRequests.Where(r => r.Id == id)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.Completed, true).SetProperty(x => x.CompletedAt, now), cancellationToken);
    }

    public async Task FailAsync(long id, string error, DateTimeOffset? retryAt, CancellationToken cancellationToken)
    {
        var message = error.Length > 2000 ? error[..2000] : error;
        await using var db = contexts.CreateDbContext();
        if (retryAt is { } at)
        {
            var atMs = at.ToUnixTimeMilliseconds();
            await db.InboundRequests.Where(r => r.Id == id)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.LastError, message).SetProperty(x => x.NotBeforeMs, atMs), cancellationToken);
        }
        else
        {
            var now = DateTimeOffset.UtcNow;
            await db.InboundRequests.Where(r => r.Id == id)
                .ExecuteUpdateAsync(r => r.SetProperty(x => x.LastError, message).SetProperty(x => x.Completed, true)
                    .SetProperty(x => x.CompletedAt, now), cancellationToken);
        }
    }

    public async Task<bool?> IsCompletedAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.InboundRequests.AsNoTracking().Where(r => r.Key == key).Select(r => new { r.Completed }).FirstOrDefaultAsync(cancellationToken);
        return row?.Completed;
    }

    public async Task<int> CountPendingAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.InboundRequests.CountAsync(r => !r.Completed, cancellationToken);
    }

    public async Task<InboundBacklog> BacklogAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var pending = db.InboundRequests.AsNoTracking().Where(r => !r.Completed);
        var count = await pending.CountAsync(cancellationToken);
        // Ids grow with arrival: the lowest pending id is the oldest request.
        var oldest = count == 0 ? null : await pending.OrderBy(r => r.Id).Select(r => (DateTimeOffset?)r.ReceivedAt).FirstOrDefaultAsync(cancellationToken);
        return new InboundBacklog(count, oldest);
    }

    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        // A done request's NotBeforeMs is the end of its last lease: when it was last worked on.
        var beforeMs = before.ToUnixTimeMilliseconds();
        await using var db = contexts.CreateDbContext();
        return await db.InboundRequests.Where(r => r.Completed && r.NotBeforeMs < beforeMs).ExecuteDeleteAsync(cancellationToken);
    }
}
