namespace Cutover.Infrastructure.Persistence;

/// <summary>
/// <see cref="IPauseLock"/> as the one row of <c>pause_lock</c>: taking it is an insert the primary key lets only one
/// caller win (it asks for the lock and reports who holds it; it never checks and then inserts); releasing it is a delete.
/// </summary>
public sealed class EfPauseLock(IDbContextFactory<CutoverDbContext> contexts) : IPauseLock
{
    public async Task<PauseHold?> CurrentAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.PauseLock.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new PauseHold(row.By, row.Reason, row.Since);
    }

    public async Task<(bool Taken, PauseHold Hold)> TakeAsync(PauseHold hold, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hold);
        while (true)
        {
            await using (var db = contexts.CreateDbContext())
            {
                db.PauseLock.Add(new PauseLockRow(hold.By, hold.Reason, hold.Since));
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    return (true, hold);
                }
                catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
                {
                    // Someone else holds it: report them.
                }
            }

            // Released again between the insert and this read: try to take it once more rather than invent a holder.
            if (await CurrentAsync(cancellationToken) is { } holder)
                return (false, holder);
        }
    }

    public async Task<PauseHold?> ReleaseAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        var row = await db.PauseLock.FirstOrDefaultAsync(cancellationToken);
        if (row is null)
            return null;
        var released = await db.PauseLock.Where(r => r.Id == PauseLockRow.Singleton).ExecuteDeleteAsync(cancellationToken);
        return released == 1 ? new PauseHold(row.By, row.Reason, row.Since) : null;
    }
}
