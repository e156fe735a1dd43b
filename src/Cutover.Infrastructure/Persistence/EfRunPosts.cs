namespace Cutover.Infrastructure.Persistence;

/// <summary><see cref="IRunPosts"/> in the <c>run_posts</c> table; the primary key (run, key) lets one claimant win.</summary>
public sealed class EfRunPosts(IDbContextFactory<CutoverDbContext> contexts) : IRunPosts
{
    public async Task<bool> TryClaimAsync(long runId, string key, DateTimeOffset at, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        await using var db = contexts.CreateDbContext();
        db.RunPosts.Add(new RunPost(runId, key, at));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            return false;
        }
    }

    public async Task RecordAsync(long runId, string key, string messageId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await db.RunPosts.Where(p => p.RunId == runId && p.Key == key)
            .ExecuteUpdateAsync(p => p.SetProperty(x => x.MessageId, messageId), cancellationToken);
    }

    public async Task ReleaseAsync(long runId, string key, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        await db.RunPosts.Where(p => p.RunId == runId && p.Key == key && p.MessageId == null).ExecuteDeleteAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, string?>> ListAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.RunPosts.Where(p => p.RunId == runId).ToDictionaryAsync(p => p.Key, p => p.MessageId, StringComparer.Ordinal, cancellationToken);
    }
}
