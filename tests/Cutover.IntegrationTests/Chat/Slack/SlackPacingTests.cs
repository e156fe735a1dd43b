using static Cutover.IntegrationTests.Chat.Slack.SlackClientHarness;

namespace Cutover.IntegrationTests.Chat.Slack;

/// <summary>At most one message per interval per channel, in order, nothing dropped — also through 429s.</summary>
public sealed class SlackPacingTests : IAsyncLifetime
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(300);

    private SlackClientHarness _h = null!;

    public async Task InitializeAsync() => _h = await StartAsync(postInterval: Interval);

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Post_BurstToOneChannel_ArrivesInOrderSpacedByTheInterval()
    {
        var clock = Stopwatch.StartNew();

        var posts = Enumerable.Range(1, 5).Select(i => _h.Notifier.PostAsync(Conversation(), Message(i), CancellationToken.None)).ToList();
        await Task.WhenAll(posts);

        Assert.True(clock.Elapsed >= 4 * Interval - TimeSpan.FromMilliseconds(20), $"5 posts took only {clock.Elapsed}");
        Assert.Equal(Titles(1, 5), _h.Slack.Messages(Channel).Select(m => m.Text));
        Assert.Equal(posts.Select(p => p.Result), _h.Slack.Messages(Channel).Select(m => m.Ts));
    }

    [Fact]
    public async Task Post_TwoChannels_TheQuietOneIsNotHeldBehindTheBusyOne()
    {
        var busy = Enumerable.Range(1, 4).Select(i => _h.Notifier.PostAsync(Conversation(), Message(i), CancellationToken.None)).ToList();

        await _h.Notifier.PostAsync(Conversation(channel: "C0QUIET"), Message(99), CancellationToken.None);
        await Task.WhenAll(busy);

        // Asked for after all four busy posts: held behind them, it would arrive fifth. Paced per channel, it arrives
        // while the busy channel still waits out its intervals (three of them, 900 ms, before the fourth post).
        var arrived = _h.Slack.Messages().Select(m => m.Channel).ToList();
        var busyBefore = arrived.TakeWhile(c => c != "C0QUIET").Count();
        Assert.True(busyBefore < 4, $"the quiet channel's message arrived after all four busy ones: {string.Join(", ", arrived)}");
        Assert.Equal(Titles(1, 4), _h.Slack.Messages(Channel).Select(m => m.Text));
    }

    [Fact]
    public async Task Post_BurstWhileRateLimited_EveryMessageOnceAndInOrder()
    {
        _h.Slack.RateLimitNext(1, TimeSpan.FromSeconds(1), "chat.postMessage");

        await Task.WhenAll(Enumerable.Range(1, 3).Select(i => _h.Notifier.PostAsync(Conversation(), Message(i), CancellationToken.None)));

        Assert.Equal(Titles(1, 3), _h.Slack.Messages(Channel).Select(m => m.Text));
        Assert.Equal(4, _h.Slack.CallCount("chat.postMessage"));
    }

    [Fact]
    public async Task PostAndUpdate_SameChannel_KeepTheOrderTheyWereAskedIn()
    {
        var root = await _h.Notifier.PostAsync(Conversation(), Message(1), CancellationToken.None);

        var update = _h.Notifier.UpdateAsync(Conversation(), root, Message(2), CancellationToken.None);
        var reply = _h.Notifier.PostAsync(Conversation(root), Message(3), CancellationToken.None);
        await Task.WhenAll(update, reply);

        Assert.Equal(["chat.postMessage", "chat.update", "chat.postMessage"], _h.Slack.Calls().Select(c => c.Method));
        Assert.Equal(":information_source: Message 2", _h.Slack.Message(Channel, root)!.Text);
    }

    [Fact]
    public async Task Post_RateLimitedWhileTheAppRunsOnAFakeClock_RetriesOnTheWallClock()
    {
        var frozen = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
        await using var h = await StartAsync(postInterval: Interval, clock: frozen);
        h.Slack.RateLimitNext(1, TimeSpan.FromSeconds(1), "chat.postMessage");

        var first = h.Notifier.PostAsync(Conversation(), Message(1), CancellationToken.None);
        var second = h.Notifier.PostAsync(Conversation(), Message(2), CancellationToken.None);
        await Task.WhenAll(first, second).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(Titles(1, 2), h.Slack.Messages(Channel).Select(m => m.Text));
    }

    private static ChatMessage Message(int i) => ChatMessage.Plain($"Message {i}", MessageStatus.Info);

    private static IEnumerable<string> Titles(int from, int to) =>
        Enumerable.Range(from, to - from + 1).Select(i => $":information_source: Message {i}");
}
