namespace Cutover.Tests.Chat.Slack;

public class SlackUserGroupCacheTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Get_ConcurrentLookups_ShareOneRead()
    {
        var cache = new SlackUserGroupCache(TimeSpan.FromMinutes(5), _clock);
        var reads = 0;
        var gate = new TaskCompletionSource<IReadOnlyCollection<string>>();

        var lookups = Enumerable.Range(0, 10).Select(_ => cache.GetAsync("S1", _ =>
        {
            Interlocked.Increment(ref reads);
            return gate.Task;
        }, CancellationToken.None)).ToList();
        gate.SetResult(["U1"]);
        var results = await Task.WhenAll(lookups);

        Assert.Equal(1, reads);
        Assert.All(results, r => Assert.Contains("U1", r));
    }

    [Fact]
    public async Task Get_FailedRead_IsNotCached()
    {
        var cache = new SlackUserGroupCache(TimeSpan.FromMinutes(5), _clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.GetAsync("S1", _ => Task.FromException<IReadOnlyCollection<string>>(new InvalidOperationException("slack down")), CancellationToken.None));
        var members = await cache.GetAsync("S1", _ => Task.FromResult<IReadOnlyCollection<string>>(["U2"]), CancellationToken.None);

        Assert.Contains("U2", members);
    }

    [Fact]
    public async Task Get_AfterExpiry_ReadsAgain()
    {
        var cache = new SlackUserGroupCache(TimeSpan.FromMinutes(5), _clock);
        var reads = 0;
        Task<IReadOnlyCollection<string>> Read(CancellationToken _) => Task.FromResult<IReadOnlyCollection<string>>([$"U{++reads}"]);

        await cache.GetAsync("S1", Read, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(4));
        var cached = await cache.GetAsync("S1", Read, CancellationToken.None);
        _clock.Advance(TimeSpan.FromMinutes(1));
        var fresh = await cache.GetAsync("S1", Read, CancellationToken.None);

        Assert.Contains("U1", cached);
        Assert.Contains("U2", fresh);
        Assert.Equal(2, reads);
    }
}
