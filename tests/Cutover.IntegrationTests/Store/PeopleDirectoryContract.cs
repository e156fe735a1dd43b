namespace Cutover.IntegrationTests.Store;

/// <summary>The names Cutover shows people by, remembered on SQLite and on a real PostgreSQL.</summary>
public abstract class PeopleDirectoryContract(DatabaseFixture fixture)
{
    private static readonly ChatUser Alice = new(ChatChannel.Teams, "8d3c2b1a-4e5f-4a6b-9c7d-0e1f2a3b4c5d");
    private static readonly ChatUser Bob = new(ChatChannel.Teams, "0b6f2c1e-2222-4a5b-8c7d-000000000002");

    private readonly EfPeopleDirectory _people = new(fixture.Database.Contexts, new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero)));

    [Fact]
    public async Task Remember_ThenRenamedAndAtOnce_KeepsTheLatestNameAndOnlyKnownIdsAreAnswered()
    {
        await _people.RememberAsync(Alice, "Alice", CancellationToken.None);
        await _people.RememberAsync(Alice, "  Alice Ops  ", CancellationToken.None);
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => _people.RememberAsync(Bob, "Bob Builder", CancellationToken.None)));
        await _people.RememberAsync(new ChatUser(ChatChannel.Teams, "0b6f2c1e-3333-4a5b-8c7d-000000000003"), new string('x', 300), CancellationToken.None);

        var names = await _people.NamesAsync([Alice.Qualified, Bob.Qualified, "teams:nobody", "teams:0b6f2c1e-3333-4a5b-8c7d-000000000003"], CancellationToken.None);

        Assert.Equal("Alice Ops", names[Alice.Qualified]);
        Assert.Equal("Bob Builder", names[Bob.Qualified]);
        Assert.False(names.ContainsKey("teams:nobody"));
        Assert.Equal(EfPeopleDirectory.MaxNameLength, names["teams:0b6f2c1e-3333-4a5b-8c7d-000000000003"].Length);
        Assert.Empty(await _people.NamesAsync([], CancellationToken.None));
    }
}

public sealed class SqlitePeopleDirectoryTests(SqliteDatabaseFixture fixture)
    : PeopleDirectoryContract(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresPeopleDirectoryTests(PostgresDatabaseFixture fixture)
    : PeopleDirectoryContract(fixture), IClassFixture<PostgresDatabaseFixture>;
