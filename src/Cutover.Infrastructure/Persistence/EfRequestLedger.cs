using Cutover.Core.Ports;
using Microsoft.EntityFrameworkCore;

namespace Cutover.Infrastructure.Persistence;

/// <summary>Claims inbound request keys with an insert; the primary key lets exactly one claimant win.</summary>
public sealed class EfRequestLedger(IDbContextFactory<CutoverDbContext> contexts) : IRequestLedger
{
    public async Task<bool> TryClaimAsync(string key, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        await using var db = contexts.CreateDbContext();
        db.ProcessedRequests.Add(new ProcessedRequest(key, receivedAt));
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
}
