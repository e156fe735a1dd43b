namespace Cutover.Infrastructure.Persistence;

/// <summary>Applies the provider's versioned migrations; on SQLite also switches the file to WAL so readers do not block writers.</summary>
public sealed partial class DatabaseMigrator(IDbContextFactory<CutoverDbContext> contexts, DatabaseSettings settings,
    ILogger<DatabaseMigrator> logger)
{
    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var db = contexts.CreateDbContext();
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            var directory = Path.GetDirectoryName(db.Database.GetDbConnection().DataSource);
            if (!string.IsNullOrEmpty(directory))
                Directory.CreateDirectory(directory);
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        await db.Database.MigrateAsync(cancellationToken);
        var database = settings.Describe();
        LogMigrated(pending.Count, database);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database ready: {Applied} migration(s) applied on {Database}")]
    private partial void LogMigrated(int applied, string database);
}
