using Microsoft.Extensions.Logging.Abstractions;

namespace Cutover.IntegrationTests.Store;

/// <summary>The durable chat request queue, held to account on SQLite and on a real PostgreSQL.</summary>
public abstract class InboundRequestsContract : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    /// <summary>How long a stop may take before the test calls it hung.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly DatabaseFixture _fixture;
    private readonly InboundRequestWriter _writer;
    private readonly EfInboundRequests _requests;

    protected InboundRequestsContract(DatabaseFixture fixture)
    {
        _fixture = fixture;
        _writer = Writer(fixture.Database);
        _requests = new EfInboundRequests(fixture.Database.Contexts, _writer);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _writer.DisposeAsync();

    [Fact]
    public async Task Enqueue_ManyAtOnceWithDuplicateKeys_EachKeyStoredOnceAndAcknowledgedOnce()
    {
        var storedBefore = Enumerable.Range(0, 20).Select(_ => Key()).ToList();
        foreach (var key in storedBefore)
            await _requests.EnqueueAsync(Request(key), T0, CancellationToken.None);
        var pendingBefore = await _requests.CountPendingAsync(CancellationToken.None);
        var fresh = Enumerable.Range(0, 150).Select(_ => Key()).ToList();
        // More than one batch holds: half the keys twice in a row (most likely one batch), every key again after all of
        // them (most likely a later batch), and keys stored before.
        var keys = fresh.Take(75).SelectMany(k => new[] { k, k }).Concat(fresh.Skip(75)).Concat(fresh).Concat(storedBefore).ToList();

        var acks = await Task.WhenAll(keys.Select(async k => (Key: k, Stored: await _requests.EnqueueAsync(Request(k), T0, CancellationToken.None))));

        Assert.True(keys.Count > InboundRequestWriter.MaxBatch, "the requests need more than one batch");
        Assert.All(fresh, k => Assert.Single(acks, a => a.Key == k && a.Stored));
        Assert.DoesNotContain(acks, a => storedBefore.Contains(a.Key) && a.Stored);
        Assert.Equal(pendingBefore + fresh.Count, await _requests.CountPendingAsync(CancellationToken.None));
        foreach (var key in fresh)
            Assert.False(await _requests.IsCompletedAsync(key, CancellationToken.None), $"{key} is stored and pending");
    }

    [Fact]
    public async Task Enqueue_ThenLease_ReadsBackWhatWasStored()
    {
        var key = Key();
        // Whole microseconds: PostgreSQL keeps no finer.
        var receivedAt = T0.AddMinutes(-5).AddTicks(1234560);
        var request = new InboundRequestData(key, "teams", "InboundCommand", """{"text":"plan demo-app","user":"teams:29:1"}""");

        Assert.True(await _requests.EnqueueAsync(request, receivedAt, CancellationToken.None));
        var item = await LeaseItemAsync(key, T0);

        Assert.Equal((request.Channel, request.Kind, request.Body, 1), (item.Channel, item.Kind, item.Body, item.Attempts));
        Assert.Equal(receivedAt, item.ReceivedAt);
    }

    [Fact]
    public async Task Enqueue_CommitFails_EveryWaiterFaultsAndTheNextBatchIsStored()
    {
        var unmigrated = await TestDatabase.CreateAsync(_fixture.Database.Settings.Provider, migrate: false);
        try
        {
            await using var writer = Writer(unmigrated);
            var requests = new EfInboundRequests(unmigrated.Contexts, writer);

            var attempts = Enumerable.Range(0, 50).Select(_ => requests.EnqueueAsync(Request(Key()), T0, CancellationToken.None)).ToList();
            foreach (var attempt in attempts)
                await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => attempt);
            await unmigrated.MigrateAsync();
            var key = Key();

            Assert.True(await requests.EnqueueAsync(Request(key), T0, CancellationToken.None));
            Assert.Equal(1, await requests.CountPendingAsync(CancellationToken.None));
            Assert.False(await requests.IsCompletedAsync(key, CancellationToken.None));
        }
        finally
        {
            unmigrated.Delete();
        }
    }

    [Fact]
    public async Task Stop_WithRequestsQueued_StoresThemAllThenRefusesNewOnes()
    {
        var keys = Enumerable.Range(0, 100).Select(_ => Key()).ToList();
        var acks = keys.Select(k => _requests.EnqueueAsync(Request(k), T0, CancellationToken.None)).ToList();

        await _writer.StopAsync(CancellationToken.None).WaitAsync(Patience);

        Assert.All(await Task.WhenAll(acks), Assert.True);
        foreach (var key in keys)
            Assert.False(await _requests.IsCompletedAsync(key, CancellationToken.None), $"{key} is stored");
        await Assert.ThrowsAsync<InvalidOperationException>(() => _requests.EnqueueAsync(Request(Key()), T0, CancellationToken.None));
    }

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
        // The oldest pending request is this one, unless another test of the contract left an older one pending.
        Assert.Equal(before.OldestReceivedAt is { } older && older < T0 ? older : T0, pending.OldestReceivedAt);
    }

    /// <summary>Leases requests at <paramref name="now"/> until the one with <paramref name="key"/> comes up; returns its id.</summary>
    private async Task<long> LeaseAsync(string key, DateTimeOffset now) => (await LeaseItemAsync(key, now)).Id;

    private async Task<InboundItem> LeaseItemAsync(string key, DateTimeOffset now)
    {
        while (await _requests.LeaseNextAsync(now, Lease, CancellationToken.None) is { } item)
        {
            if (item.Key == key)
                return item;
        }

        throw new InvalidOperationException($"{key} was not offered at {now:u}.");
    }

    private static InboundRequestWriter Writer(TestDatabase database) =>
        new(new EfInboundRequestBatchStore(database.Contexts), NullLogger<InboundRequestWriter>.Instance);

    private static InboundRequestData Request(string key) => new(key, "slack", "command", "text=plan+demo-app");

    private static string Key() => $"test:{Guid.NewGuid():N}";
}

public sealed class SqliteInboundRequestsTests(SqliteDatabaseFixture fixture)
    : InboundRequestsContract(fixture), IClassFixture<SqliteDatabaseFixture>;

public sealed class PostgresInboundRequestsTests(PostgresDatabaseFixture fixture)
    : InboundRequestsContract(fixture), IClassFixture<PostgresDatabaseFixture>;
