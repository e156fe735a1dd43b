using Cutover.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cutover.Host.Health;

/// <summary>Healthy when the database answers a query on Cutover's own tables.</summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<CutoverDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = contexts.CreateDbContext();
            _ = await db.Runs.AnyAsync(cancellationToken);
            return HealthCheckResult.Healthy("database answers");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The exception type only: messages can carry host names or user names.
            return HealthCheckResult.Unhealthy($"database unreachable ({exception.GetType().Name})");
        }
    }
}
