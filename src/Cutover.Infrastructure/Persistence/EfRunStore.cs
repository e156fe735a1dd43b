using Cutover.Core.Results;

namespace Cutover.Infrastructure.Persistence;

/// <summary>
/// <see cref="IRunStore"/> on EF Core. Each call is its own unit of work on a fresh context; concurrent
/// writers are resolved by the steps' revision tokens and the unique constraints, then re-applied.
/// </summary>
public sealed class EfRunStore(IDbContextFactory<CutoverDbContext> contexts) : IRunStore
{
    /// <summary>How many times a change is re-applied after losing a race before it is reported as a fault.</summary>
    public const int MaxAttempts = 5;

    public async Task<Result<Run>> CreateAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        await using var db = contexts.CreateDbContext();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Runs.Add(run);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (DbErrors.IsUniqueViolation(exception))
        {
            await transaction.RollbackAsync(cancellationToken);
            var holder = await FindActiveAsync(run.SourceApp, cancellationToken);
            return Result<Run>.Refuse(holder is null
                ? $"{run.SourceApp} already has an active run; try again in a moment."
                : $"{run.SourceApp} already has run {holder.Id}, requested by {holder.RequestedBy} and {Describe(holder.State)}. "
                  + $"Finish it or `abort {holder.Id}` before planning another.");
        }

        AppendAudit(db, run);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return run;
    }

    public async Task<Run?> GetAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await Runs(db).AsNoTracking().FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
    }

    public async Task<Run?> FindActiveAsync(string sourceApp, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await Runs(db).AsNoTracking()
            .Where(r => r.SourceApp == sourceApp && (r.State == RunState.Planned || r.State == RunState.InProgress))
            .FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Run>> ListActiveAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await Runs(db).AsNoTracking()
            .Where(r => r.State == RunState.Planned || r.State == RunState.InProgress)
            .OrderBy(r => r.Id)
            .ToListAsync(cancellationToken);
    }

    public async Task<Result<T>> UpdateAsync<T>(long runId, Func<Run, Result<T>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            await using var db = contexts.CreateDbContext();
            var run = await Runs(db).FirstOrDefaultAsync(r => r.Id == runId, cancellationToken);
            if (run is null)
                return Result<T>.Refuse($"There is no run {runId}. `list` shows the active runs.");

            var result = change(run);
            AppendAudit(db, run);
            if (!db.ChangeTracker.HasChanges())
                return result;
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return result;
            }
            catch (DbUpdateException exception) when (attempt < MaxAttempts
                && (exception is DbUpdateConcurrencyException || DbErrors.IsUniqueViolation(exception)))
            {
                // Someone else moved the run first: apply the change again to what they saved.
            }
        }
    }

    private static IQueryable<Run> Runs(CutoverDbContext db) =>
        db.Runs
            .Include(r => r.Steps.OrderBy(s => s.Number))
            .ThenInclude(s => s.Decisions.OrderBy(d => d.Id))
            .AsSplitQuery();

    private static void AppendAudit(CutoverDbContext db, Run run)
    {
        foreach (var audit in run.TakePendingAudit())
        {
            audit.BindTo(run.Id);
            db.AuditEvents.Add(audit);
        }
    }

    private static string Describe(RunState state) => state == RunState.InProgress ? "in progress" : "planned";
}
