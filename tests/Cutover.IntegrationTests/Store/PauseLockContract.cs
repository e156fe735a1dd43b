namespace Cutover.IntegrationTests.Store;

/// <summary>The global pause lock, held to account on SQLite and on a real PostgreSQL.</summary>
public abstract class PauseLockContract(DatabaseFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly EfPauseLock _lock = new(fixture.Database.Contexts);

    [Fact]
    public async Task Take_ManyAtOnceThenRelease_ExactlyOneHoldsAndTheOthersSeeThem()
    {
        var before = await _lock.CurrentAsync(CancellationToken.None);
        var attempts = await Task.WhenAll(Enumerable.Range(0, 6).Select(i =>
            _lock.TakeAsync(new PauseHold($"U-{i}", $"incident {i}", T0.AddSeconds(i)), CancellationToken.None)));
        var winner = Assert.Single(attempts, a => a.Taken).Hold;
        var current = await _lock.CurrentAsync(CancellationToken.None);
        var released = await _lock.ReleaseAsync(CancellationToken.None);
        var again = await _lock.ReleaseAsync(CancellationToken.None);

        Assert.Null(before);
        Assert.All(attempts.Where(a => !a.Taken), a => Assert.Equal(winner, a.Hold));
        Assert.Equal(winner, current);
        Assert.Equal(winner, released);
        Assert.Null(again);
        Assert.Null(await _lock.CurrentAsync(CancellationToken.None));
    }
}

public sealed class SqlitePauseLockTests(SqliteDatabaseFixture fixture)
    : PauseLockContract(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresPauseLockTests(PostgresDatabaseFixture fixture)
    : PauseLockContract(fixture), IClassFixture<PostgresDatabaseFixture>;
