using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Cutover.Host.Health;

/// <summary>
/// Healthy when the database answers a query on Cutover's own runs table. The query is plain SQL on the context's
/// connection: the check runs before anything else has used the database, and compiling a LINQ query for it would
/// add a fifth of a second to the first <c>/healthz</c> after start.
/// </summary>
public sealed class DatabaseHealthCheck(IDbContextFactory<CutoverDbContext> contexts) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = contexts.CreateDbContext();
            var table = db.Runs.EntityType.GetTableName();
            await db.Database.OpenConnectionAsync(cancellationToken);
            await using var command = db.Database.GetDbConnection().CreateCommand();
            // Double-quoted identifiers and LIMIT: the same on SQLite and PostgreSQL.
            command.CommandText = $"SELECT 1 FROM \"{table}\" LIMIT 1";
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("database answers");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // The exception type only: messages can carry host names or user names.
            return HealthCheckResult.Unhealthy($"database unreachable ({exception.GetType().Name})");
        }
    }
}
