namespace Cutover.Infrastructure.Persistence;

/// <summary>
/// The append-only audit log: changes write theirs inside <see cref="EfRunStore"/>'s units of work; refused attempts
/// are appended on their own.
/// </summary>
public sealed class EfAuditLog(IDbContextFactory<CutoverDbContext> contexts) : IAuditLog
{
    public async Task<IReadOnlyList<AuditEvent>> ReadAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.AuditEvents.AsNoTracking().Where(a => a.RunId == runId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
    }

    public async Task<bool> AppendAsync(long runId, AuditEvent audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        await using var db = contexts.CreateDbContext();
        if (!await db.Runs.AnyAsync(r => r.Id == runId, cancellationToken))
            return false;
        audit.BindTo(runId);
        db.AuditEvents.Add(audit);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }
}
