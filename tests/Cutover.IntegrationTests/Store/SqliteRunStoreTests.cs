namespace Cutover.IntegrationTests.Store;

public sealed class SqliteRunStoreTests(SqliteDatabaseFixture fixture)
    : RunStoreContract(fixture), IClassFixture<SqliteDatabaseFixture>;
