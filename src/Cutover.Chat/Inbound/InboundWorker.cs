namespace Cutover.Chat.Inbound;

/// <summary>
/// The "then process" half of ack-then-process: leases stored chat requests one at a time and hands each to
/// <see cref="InboundHandler"/>. An endpoint that stored a request calls <see cref="Wake"/> so it is picked up at once; otherwise
/// the worker polls, which is also how requests stored by another dyno, or left leased by a process that died, are
/// found. A failed attempt is retried with backoff, up to <see cref="MaxAttempts"/>.
/// </summary>
public sealed partial class InboundWorker(
    IInboundRequests requests,
    InboundHandler handler,
    TimeProvider clock,
    ILogger<InboundWorker> logger) : BackgroundService
{
    public const int MaxAttempts = 5;

    /// <summary>How long a leased request is hidden from other workers; a process that dies mid-request releases it after this.</summary>
    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(500);
    private readonly SemaphoreSlim _wake = new(0, int.MaxValue);
    private int _woken;

    /// <summary>
    /// Tells the worker a request was stored. Wakes coalesce: a hundred requests stored together wake it once, and it
    /// leases until none is left, instead of looking a hundred times.
    /// </summary>
    public void Wake()
    {
        if (Interlocked.Exchange(ref _woken, 1) == 0)
            _wake.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            InboundItem? item = null;
            // A request stored from here on wakes the worker again, so none waits for the next poll.
            Volatile.Write(ref _woken, 0);
            try
            {
                item = await requests.LeaseNextAsync(clock.GetUtcNow(), Lease, stoppingToken);
                if (item is not null)
                {
                    await ProcessAsync(item, stoppingToken);
                    continue;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogLeaseFailed(exception.GetType().Name);
            }

            try
            {
                await _wake.WaitAsync(Poll, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private async Task ProcessAsync(InboundItem item, CancellationToken stoppingToken)
    {
        if (!handler.Handles(item.Channel))
        {
            await requests.FailAsync(item.Id, $"no handler for channel {item.Channel}", null, stoppingToken);
            LogNoHandler(item.Id, item.Channel);
            return;
        }

        try
        {
            await handler.HandleAsync(item, stoppingToken);
            await requests.CompleteAsync(item.Id, CancellationToken.None);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: the lease runs out and the next start processes the request again.
        }
        catch (Exception exception)
        {
            var giveUp = item.Attempts >= MaxAttempts;
            DateTimeOffset? retryAt = giveUp ? null : clock.GetUtcNow() + TimeSpan.FromSeconds(Math.Pow(2, item.Attempts));
            await requests.FailAsync(item.Id, $"{exception.GetType().Name}: {exception.Message}", retryAt, CancellationToken.None);
            LogAttemptFailed(item.Id, item.Channel, item.Kind, item.Attempts, exception.GetType().Name, giveUp);
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Inbound request {Id} ({Channel} {Kind}) attempt {Attempt} failed with {Error}; given up: {GaveUp}")]
    private partial void LogAttemptFailed(long id, string channel, string kind, int attempt, string error, bool gaveUp);

    [LoggerMessage(Level = LogLevel.Error, Message = "Inbound request {Id}: no handler for channel {Channel}")]
    private partial void LogNoHandler(long id, string channel);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not lease inbound requests ({Error}); polling again")]
    private partial void LogLeaseFailed(string error);
}
