using Cutover.Infrastructure.Persistence;
using Microsoft.Extensions.Logging.Abstractions;

namespace Cutover.Tests.Chat.Inbound;

/// <summary>
/// Group commit of the inbound queue, over a store whose commits the test holds open: what queues while a commit runs
/// is the next batch, duplicates are told apart per request, and a failed commit or a stop fails no one silently.
/// </summary>
public sealed class InboundRequestWriterTests : IAsyncDisposable
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    /// <summary>How long an answer may take before the test calls the writer hung.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly GatedInboundBatchStore _store;
    private readonly InboundRequestWriter _writer;

    public InboundRequestWriterTests() : this(new GatedInboundBatchStore("old"))
    {
    }

    private InboundRequestWriterTests(GatedInboundBatchStore store)
    {
        _store = store;
        _writer = new InboundRequestWriter(store, NullLogger<InboundRequestWriter>.Instance);
    }

    public ValueTask DisposeAsync() => _writer.DisposeAsync();

    [Fact]
    public async Task Write_WhileACommitRuns_WhatQueuedMeanwhileIsOneBatch()
    {
        var first = Write("a");
        var commit = await _store.NextCommitAsync();
        var queued = Enumerable.Range(0, 10).Select(i => $"q{i}").ToList();
        var rest = queued.Select(k => Write(k)).ToList();

        commit.Succeed();
        var next = await _store.NextCommitAsync();
        next.Succeed();

        Assert.Equal(["a"], commit.Keys);
        Assert.Equal(queued, next.Keys);
        Assert.True(await Answer(first));
        Assert.All(await Answer(Task.WhenAll(rest)), Assert.True);
    }

    [Fact]
    public async Task Write_DuplicateKeys_OnlyTheFirstRequestOfANewKeyIsStored()
    {
        var first = Write("a");
        var commit = await _store.NextCommitAsync();
        var (fresh, again, old, earlier) = (Write("new"), Write("new"), Write("old"), Write("a"));

        commit.Succeed();
        var next = await _store.NextCommitAsync();
        next.Succeed();

        Assert.Equal(["new", "old", "a"], next.Keys);
        Assert.Equal((true, true, false, false, false),
            (await Answer(first), await Answer(fresh), await Answer(again), await Answer(old), await Answer(earlier)));
    }

    [Fact]
    public async Task Write_CommitFails_EveryWaiterOfThatBatchFaultsAndTheNextBatchIsStored()
    {
        var first = Write("a");
        var commit = await _store.NextCommitAsync();
        var failing = new[] { Write("b"), Write("c"), Write("c") };
        commit.Succeed();
        var next = await _store.NextCommitAsync();

        next.Fail(new InvalidOperationException("disk full"));
        var after = Write("d");
        var last = await _store.NextCommitAsync();
        last.Succeed();

        Assert.True(await Answer(first));
        foreach (var waiter in failing)
            Assert.Equal("disk full", (await Assert.ThrowsAsync<InvalidOperationException>(() => Answer(waiter))).Message);
        Assert.Equal(["d"], last.Keys);
        Assert.True(await Answer(after));
    }

    [Fact]
    public async Task Write_OneCallerGivesUpWhileQueued_TheOthersAreStoredWithoutIt()
    {
        using var givesUp = new CancellationTokenSource();
        var first = Write("a");
        var commit = await _store.NextCommitAsync();
        var (cancelled, kept) = (Write("b", givesUp.Token), Write("c"));

        await givesUp.CancelAsync();
        commit.Succeed();
        var next = await _store.NextCommitAsync();
        next.Succeed();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Answer(cancelled));
        Assert.Equal(["c"], next.Keys);
        Assert.Equal((true, true), (await Answer(first), await Answer(kept)));
    }

    [Fact]
    public async Task Stop_WhileACommitRuns_CommitsWhatIsQueuedAndRefusesNewWrites()
    {
        var first = Write("a");
        var commit = await _store.NextCommitAsync();
        var queued = Write("b");

        var stopping = _writer.StopAsync(CancellationToken.None);
        var refused = Write("c");
        commit.Succeed();
        var next = await _store.NextCommitAsync();
        next.Succeed();
        await stopping.WaitAsync(Patience);

        Assert.Equal(["b"], next.Keys);
        Assert.Equal((true, true), (await Answer(first), await Answer(queued)));
        await Assert.ThrowsAsync<InvalidOperationException>(() => refused);
    }

    [Fact]
    public async Task Dispose_WhileACommitHangs_FaultsEveryWaiterAndReturns()
    {
        var inFlight = Write("a");
        await _store.NextCommitAsync();
        var queued = Write("b");

        await _writer.DisposeAsync().AsTask().WaitAsync(Patience);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Answer(inFlight));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Answer(queued));
    }

    private Task<bool> Write(string key, CancellationToken cancellationToken = default) =>
        _writer.WriteAsync(new InboundRequestData(key, "slack", "InboundCommand", "{}"), T0, cancellationToken);

    private static Task<T> Answer<T>(Task<T> answer) => answer.WaitAsync(Patience);
}
