namespace Cutover.IntegrationTests.Store;

public sealed class PostgresRunStoreTests(PostgresDatabaseFixture fixture)
    : RunStoreContract(fixture), IClassFixture<PostgresDatabaseFixture>;
