using Cutover.Core.Ports;
using Cutover.Core.Runbook;
using Microsoft.EntityFrameworkCore;

namespace Cutover.Infrastructure.Persistence;

/// <summary>Reads the append-only audit log (writes happen inside <see cref="EfRunStore"/>'s units of work).</summary>
public sealed class EfAuditLog(IDbContextFactory<CutoverDbContext> contexts) : IAuditLog
{
    public async Task<IReadOnlyList<AuditEvent>> ReadAsync(long runId, CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        return await db.AuditEvents.AsNoTracking().Where(a => a.RunId == runId).OrderBy(a => a.Id).ToListAsync(cancellationToken);
    }
}
