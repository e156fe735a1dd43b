namespace Cutover.Tests.Chat.Slack;

public class SlackChannelPacerTests
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Run_BurstToOneChannel_SendsInOrderOnePerInterval()
    {
        var pacer = new SlackChannelPacer(Second, _clock);
        var sent = new List<(int N, TimeSpan At)>();
        var start = _clock.GetUtcNow();

        var sends = Enumerable.Range(1, 4).Select(n => pacer.RunAsync("C1", _ =>
        {
            lock (sent)
                sent.Add((n, _clock.GetUtcNow() - start));
            return Task.FromResult(n);
        }, CancellationToken.None)).ToList();
        for (var i = 0; i < 4; i++)
        {
            await WaitUntil(() => sent.Count > i);
            _clock.Advance(Second);
        }

        var results = await Task.WhenAll(sends);

        Assert.Equal([1, 2, 3, 4], results);
        Assert.Equal([1, 2, 3, 4], sent.Select(s => s.N));
        Assert.Equal([TimeSpan.Zero, Second, 2 * Second, 3 * Second], sent.Select(s => s.At));
    }

    [Fact]
    public async Task Run_TwoChannels_DoNotWaitForEachOther()
    {
        var pacer = new SlackChannelPacer(Second, _clock);
        await pacer.RunAsync("C1", _ => Task.FromResult(0), CancellationToken.None);

        var other = pacer.RunAsync("C2", _ => Task.FromResult(2), CancellationToken.None);
        var same = pacer.RunAsync("C1", _ => Task.FromResult(1), CancellationToken.None);

        Assert.Equal(2, await other.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.False(same.IsCompleted);
        _clock.Advance(Second);
        Assert.Equal(1, await same.WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Run_FailedSend_DoesNotBlockTheNext()
    {
        var pacer = new SlackChannelPacer(TimeSpan.Zero, _clock);

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            pacer.RunAsync<int>("C1", _ => throw new InvalidOperationException("slack down"), CancellationToken.None));

        Assert.Equal(7, await pacer.RunAsync("C1", _ => Task.FromResult(7), CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5)));
    }

    [Fact]
    public async Task Run_WaiterCancelled_LaterSendsStillKeepTheirTurn()
    {
        var pacer = new SlackChannelPacer(TimeSpan.Zero, _clock);
        var release = new TaskCompletionSource<int>();
        var order = new List<string>();
        var first = pacer.RunAsync("C1", async _ => { order.Add("first"); return await release.Task; }, CancellationToken.None);
        using var cancel = new CancellationTokenSource();
        var cancelled = pacer.RunAsync("C1", _ => { order.Add("cancelled"); return Task.FromResult(0); }, cancel.Token);
        var third = pacer.RunAsync("C1", _ => { order.Add("third"); return Task.FromResult(3); }, CancellationToken.None);

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        Assert.False(third.IsCompleted);
        release.SetResult(1);

        Assert.Equal(3, await third.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.Equal(1, await first);
        Assert.Equal(["first", "third"], order);
    }

    /// <summary>Polls <paramref name="condition"/> until it holds, for up to 30 s of wall time (a busy 2-core machine can be slow).</summary>
    private static async Task WaitUntil(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition() && DateTime.UtcNow < deadline)
            await Task.Delay(10);
        Assert.True(condition(), "condition not reached");
    }
}
