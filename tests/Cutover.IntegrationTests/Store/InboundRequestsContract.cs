namespace Cutover.IntegrationTests.Store;

/// <summary>The durable chat request queue, held to account on SQLite and on a real PostgreSQL.</summary>
public abstract class InboundRequestsContract(DatabaseFixture fixture)
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    private readonly EfInboundRequests _requests = new(fixture.Database.Contexts);

    [Fact]
    public async Task Enqueue_SameKeyTwice_StoredOnce()
    {
        var key = Key();

        var first = await _requests.EnqueueAsync(Request(key), T0, CancellationToken.None);
        var again = await _requests.EnqueueAsync(Request(key), T0.AddSeconds(1), CancellationToken.None);

        Assert.Equal((true, false), (first, again));
        Assert.False(await _requests.IsCompletedAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task Prune_DoneLongAgo_DeletesThoseOnlyAndKeepsPendingAndRecentlyDone()
    {
        var (done, givenUp, pending, recent) = (Key(), Key(), Key(), Key());
        foreach (var key in new[] { done, givenUp, pending, recent })
            await _requests.EnqueueAsync(Request(key), T0, CancellationToken.None);
        await _requests.CompleteAsync(await LeaseAsync(done, T0), CancellationToken.None);
        await _requests.FailAsync(await LeaseAsync(givenUp, T0), "Slack answered 500", retryAt: null, CancellationToken.None);
        await _requests.CompleteAsync(await LeaseAsync(recent, T0.AddDays(8)), CancellationToken.None);

        var pruned = await _requests.PruneAsync(T0.AddDays(7), CancellationToken.None);
        var again = await _requests.PruneAsync(T0.AddDays(7), CancellationToken.None);

        Assert.Equal((2, 0), (pruned, again));
        Assert.Null(await _requests.IsCompletedAsync(done, CancellationToken.None));
        Assert.Null(await _requests.IsCompletedAsync(givenUp, CancellationToken.None));
        Assert.False(await _requests.IsCompletedAsync(pending, CancellationToken.None));
        Assert.True(await _requests.IsCompletedAsync(recent, CancellationToken.None));
        Assert.True(await LeaseAsync(pending, T0.AddDays(9)) > 0, "the pending request is still offered");
    }

    [Fact]
    public async Task Backlog_RequestEnqueuedThenDone_CountsItOnlyWhilePending()
    {
        var before = await _requests.BacklogAsync(CancellationToken.None);
        var key = Key();

        await _requests.EnqueueAsync(Request(key), T0, CancellationToken.None);
        var pending = await _requests.BacklogAsync(CancellationToken.None);
        // Worked after the prune test's cutoff, so that test does not count it among the requests done long ago.
        await _requests.CompleteAsync(await LeaseAsync(key, T0.AddDays(8)), CancellationToken.None);
        var after = await _requests.BacklogAsync(CancellationToken.None);

        Assert.Equal((before.Pending + 1, before.Pending), (pending.Pending, after.Pending));
        // Every request of this contract arrives at T0: the oldest pending one too.
        Assert.Equal(T0, pending.OldestReceivedAt);
    }

    /// <summary>Leases requests at <paramref name="now"/> until the one with <paramref name="key"/> comes up; returns its id.</summary>
    private async Task<long> LeaseAsync(string key, DateTimeOffset now)
    {
        while (await _requests.LeaseNextAsync(now, Lease, CancellationToken.None) is { } item)
        {
            if (item.Key == key)
                return item.Id;
        }

        throw new InvalidOperationException($"{key} was not offered at {now:u}.");
    }

    private static InboundRequestData Request(string key) => new(key, "slack", "command", "text=plan+demo-app");

    private static string Key() => $"test:{Guid.NewGuid():N}";
}

public sealed class SqliteInboundRequestsTests(SqliteDatabaseFixture fixture)
    : InboundRequestsContract(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresInboundRequestsTests(PostgresDatabaseFixture fixture)
    : InboundRequestsContract(fixture), IClassFixture<PostgresDatabaseFixture>;
