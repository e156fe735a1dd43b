using System.Threading.Channels;

namespace Cutover.Infrastructure.Persistence;

/// <summary>
/// Group commit for the inbound queue. Endpoints hand their verified requests to <see cref="WriteAsync"/>; a single loop
/// takes every request that is waiting (up to <see cref="MaxBatch"/>) and commits them in one transaction through
/// <see cref="IInboundRequestBatchStore"/>. While a commit runs the next requests queue, and they form the next batch:
/// nothing waits for a timer, and under load one commit acknowledges many requests instead of each taking its turn at
/// the database's writer lock. A caller's task completes when its batch is durable: true, or false for a duplicate key
/// (stored before, or earlier in the same batch). A failed commit faults every caller of that batch, so no request is
/// acknowledged that was not stored; a caller that gives up before its batch is taken is left out of it.
/// The loop starts with the host or at the first write; stopping commits what is queued, then refuses new writes.
/// </summary>
public sealed partial class InboundRequestWriter(IInboundRequestBatchStore store, ILogger<InboundRequestWriter> logger)
    : IHostedService, IAsyncDisposable, IDisposable
{
    /// <summary>The most requests one commit takes; the rest form the next batch.</summary>
    public const int MaxBatch = 256;

    private readonly Channel<Pending> _queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly CancellationTokenSource _abort = new();
    private readonly Lock _gate = new();
    private Task? _loop;
    private bool _disposed;

    /// <summary>
    /// Stores <paramref name="request"/> with the next batch; true once it is durable, false when its key was stored before.
    /// Throws <see cref="InvalidOperationException"/> once the writer has stopped, and what the batch's commit threw.
    /// </summary>
    public Task<bool> WriteAsync(InboundRequestData request, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (cancellationToken.IsCancellationRequested)
            return Task.FromCanceled<bool>(cancellationToken);
        var pending = new Pending(new InboundRequest(request.Key, request.Channel, request.Kind, request.Body, receivedAt), cancellationToken);
        Start();
        if (!_queue.Writer.TryWrite(pending))
            return Task.FromException<bool>(new InvalidOperationException("The inbound request writer has stopped; the request was not stored."));
        return cancellationToken.CanBeCanceled ? pending.Done.Task.WaitAsync(cancellationToken) : pending.Done.Task;
    }

    public Task StartAsync(CancellationToken cancellationToken)
    {
        Start();
        return Task.CompletedTask;
    }

    /// <summary>Commits what is queued and stops; when <paramref name="cancellationToken"/> fires first, the rest is faulted.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        var loop = Start();
        using (cancellationToken.Register(Abort))
            await loop.ConfigureAwait(false);
    }

    /// <summary>Stops at once: a commit under way is cancelled and every waiting caller faulted.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        Abort();
        await Start().ConfigureAwait(false);
        Dispose();
    }

    public void Dispose()
    {
        _queue.Writer.TryComplete();
        Abort();
        lock (_gate)
        {
            if (_disposed || _loop is { IsCompleted: false })
                return; // the loop is ending; its token source goes with the writer
            _disposed = true;
        }

        _abort.Dispose();
    }

    private void Abort()
    {
        lock (_gate)
        {
            if (!_disposed)
                _abort.Cancel();
        }
    }

    /// <summary>The loop, started once; it ends when the queue is completed and empty, or aborted.</summary>
    private Task Start()
    {
        lock (_gate)
            return _loop ??= _disposed ? Task.CompletedTask : Task.Run(() => RunAsync(_abort.Token));
    }

    private async Task RunAsync(CancellationToken abort)
    {
        var batch = new List<Pending>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(abort).ConfigureAwait(false))
            {
                batch.Clear();
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var pending))
                {
                    if (pending.Cancellation.IsCancellationRequested)
                        pending.Done.TrySetCanceled(pending.Cancellation);
                    else
                        batch.Add(pending);
                }

                if (batch.Count > 0)
                    await CommitAsync(batch, abort).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            // Aborted: what is still queued is faulted below.
        }
        finally
        {
            var stopped = new OperationCanceledException("The inbound request writer stopped before this request was stored.");
            while (_queue.Reader.TryRead(out var left))
                left.Done.TrySetException(stopped);
        }
    }

    private async Task CommitAsync(List<Pending> batch, CancellationToken abort)
    {
        try
        {
            var rows = batch.Select(p => p.Row).DistinctBy(r => r.Key, StringComparer.Ordinal).ToList();
            var stored = await store.InsertNewAsync(rows, abort).ConfigureAwait(false);
            var answered = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pending in batch)
                pending.Done.TrySetResult(answered.Add(pending.Row.Key) && stored.Contains(pending.Row.Key));
        }
        catch (Exception exception)
        {
            LogBatchFailed(batch.Count, exception.GetType().Name);
            foreach (var pending in batch)
                pending.Done.TrySetException(exception);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Storing a batch of {Count} inbound requests failed with {Error}; each is answered with an error")]
    private partial void LogBatchFailed(int count, string error);

    private sealed record Pending(InboundRequest Row, CancellationToken Cancellation)
    {
        public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
