namespace Cutover.IntegrationTests.Store;

/// <summary>A fresh migrated database per test class.</summary>
public abstract class DatabaseFixture(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    public TestDatabase Database => _database ?? throw new InvalidOperationException("The database is not ready.");

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider);

    public Task DisposeAsync()
    {
        _database?.Delete();
        return Task.CompletedTask;
    }
}

public sealed class SqliteDatabaseFixture() : DatabaseFixture(DatabaseProvider.Sqlite);

public sealed class PostgresDatabaseFixture() : DatabaseFixture(DatabaseProvider.Postgres);
