using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cutover.IntegrationTests.Infrastructure;

/// <summary>A fresh, migrated database of one provider for one test class.</summary>
public sealed class TestDatabase
{
    private TestDatabase(DatabaseSettings settings, string? databaseUrl, string? sqlitePath)
    {
        Settings = settings;
        DatabaseUrl = databaseUrl;
        SqlitePath = sqlitePath;
        Contexts = new CutoverDbContextFactory(settings);
    }

    public DatabaseSettings Settings { get; }

    /// <summary>The Heroku-style URL for PostgreSQL databases; null for SQLite.</summary>
    public string? DatabaseUrl { get; }

    /// <summary>The file for SQLite databases; null for PostgreSQL.</summary>
    public string? SqlitePath { get; }

    public CutoverDbContextFactory Contexts { get; }

    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Postgres)
        {
            var server = await PostgresServer.InstanceAsync();
            var url = await server.CreateDatabaseAsync("cutover");
            database = new TestDatabase(DatabaseSettings.Resolve(url, "unused.db"), url, null);
        }
        else
        {
            var path = Path.Combine(Path.GetTempPath(), $"cutover-test-{Guid.NewGuid():N}.db");
            database = new TestDatabase(DatabaseSettings.Sqlite(path), null, path);
        }

        if (migrate)
            await database.MigrateAsync();
        return database;
    }

    /// <summary>Removes a SQLite file and its WAL companions (PostgreSQL databases go with the server).</summary>
    public void Delete()
    {
        if (SqlitePath is null)
            return;
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            File.Delete(SqlitePath + suffix);
    }

    public Task MigrateAsync() =>
        new DatabaseMigrator(Contexts, Settings, NullLogger<DatabaseMigrator>.Instance).MigrateAsync(CancellationToken.None);
}
