using Cutover.Steps;

namespace Cutover.Tests.Steps;

/// <summary>The window's independent calls side by side: bounded, in order, and the first failure stops the rest.</summary>
public sealed class ConcurrentlyTests
{
    [Fact]
    public async Task EachAsync_MoreItemsThanTheBound_RunsAtMostTheBoundAtOnceAndKeepsTheItemsOrder()
    {
        var (running, most) = (0, 0);
        var release = new TaskCompletionSource();
        var items = Enumerable.Range(1, 10).ToList();

        var all = Concurrently.EachAsync(items, async (i, _) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await release.Task;
            Interlocked.Decrement(ref running);
            return i * 10;
        }, CancellationToken.None);
        await WaitUntilAsync(() => Volatile.Read(ref running) == Concurrently.MaxCalls);
        release.SetResult();
        var results = await all;

        Assert.Equal(Concurrently.MaxCalls, most);
        Assert.Equal(items.Select(i => i * 10), results);
    }

    [Fact]
    public async Task EachAsync_OneFails_ThrowsItAndStartsNothingMore()
    {
        var started = 0;

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => Concurrently.EachAsync(Enumerable.Range(1, 50).ToList(), async (i, ct) =>
        {
            Interlocked.Increment(ref started);
            if (i == 1)
                throw new InvalidOperationException("refused");
            await Task.Delay(TimeSpan.FromMilliseconds(20), ct);
            return i;
        }, CancellationToken.None));

        Assert.Equal("refused", failure.Message);
        Assert.True(Volatile.Read(ref started) < 50, $"{started} of 50 started after the first failed");
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    private static async Task WaitUntilAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "timed out");
            await Task.Delay(5);
        }
    }
}
