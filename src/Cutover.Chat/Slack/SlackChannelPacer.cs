namespace Cutover.Chat.Slack;

/// <summary>
/// Keeps Cutover within Slack's "about one message per second per channel": sends to one channel run one at a
/// time, in the order they were asked for, at least <see cref="Interval"/> apart. Nothing is dropped: a burst
/// queues. Different channels do not wait for each other.
/// </summary>
public sealed class SlackChannelPacer
{
    private readonly ConcurrentDictionary<string, Gate> _gates = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public SlackChannelPacer(TimeSpan interval, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(interval, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(time);
        Interval = interval;
        _time = time;
    }

    /// <summary>The least time between the starts of two sends to the same channel.</summary>
    public TimeSpan Interval { get; }

    /// <summary>Runs <paramref name="send"/> once every earlier send to <paramref name="channel"/> is done and the interval has passed.</summary>
    public async Task<T> RunAsync<T>(string channel, Func<CancellationToken, Task<T>> send, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(channel);
        ArgumentNullException.ThrowIfNull(send);
        var gate = _gates.GetOrAdd(channel, _ => new Gate());
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Task previous;
        lock (gate)
        {
            previous = gate.Tail;
            gate.Tail = done.Task;
        }

        try
        {
            await previous.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Leave the queue intact: whoever comes after us still waits for everyone before us.
            _ = previous.ContinueWith(_ => done.TrySetResult(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw;
        }

        try
        {
            var wait = gate.LastStart + Interval - _time.GetUtcNow();
            if (gate.LastStart != default && wait > TimeSpan.Zero)
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            gate.LastStart = _time.GetUtcNow();
            return await send(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            done.TrySetResult();
        }
    }

    private sealed class Gate
    {
        public Task Tail { get; set; } = Task.CompletedTask;

        /// <summary>Only touched by the one send that holds the gate.</summary>
        public DateTimeOffset LastStart { get; set; }
    }
}
