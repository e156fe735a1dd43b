using Microsoft.EntityFrameworkCore.Design;

namespace Cutover.Infrastructure.Persistence;

/// <summary>
/// How the <c>dotnet ef</c> tool (the local tool in <c>.config/dotnet-tools.json</c>) creates each provider's context to
/// add a migration or regenerate a compiled model. It never connects: the connection strings only name the provider.
/// </summary>
public sealed class SqliteDesignTimeContext : IDesignTimeDbContextFactory<SqliteCutoverDbContext>
{
    public SqliteCutoverDbContext CreateDbContext(string[] args) =>
        (SqliteCutoverDbContext)new CutoverDbContextFactory(DatabaseSettings.Sqlite("design-time.db")).CreateDbContext();
}

/// <inheritdoc cref="SqliteDesignTimeContext"/>
public sealed class PostgresDesignTimeContext : IDesignTimeDbContextFactory<PostgresCutoverDbContext>
{
    public PostgresCutoverDbContext CreateDbContext(string[] args) =>
        (PostgresCutoverDbContext)new CutoverDbContextFactory(
            new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=design-time;Username=design-time")).CreateDbContext();
}
