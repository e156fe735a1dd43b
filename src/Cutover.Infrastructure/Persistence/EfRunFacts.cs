namespace Cutover.Infrastructure.Persistence;

/// <summary><see cref="IRunFacts"/> in the <c>run_facts</c> table, keyed by (run, key).</summary>
public sealed class EfRunFacts(IDbContextFactory<CutoverDbContext> contexts) : IRunFacts
{
    public async Task<string?> GetAsync(long runId, string key, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.RunFacts.Where(f => f.RunId == runId && f.Key == key).Select(f => f.Value).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task SetAsync(long runId, string key, string value, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentNullException.ThrowIfNull(value);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = contexts.CreateDbContext();
            var fact = await db.RunFacts.FirstOrDefaultAsync(f => f.RunId == runId && f.Key == key, cancellationToken);
            if (fact is null)
                db.RunFacts.Add(new RunFact(runId, key, value));
            else
                fact.Value = value;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException exception) when (attempt < 3 && DbErrors.IsUniqueViolation(exception))
            {
                // Another writer inserted it first: update theirs.
            }
        }
    }
}
