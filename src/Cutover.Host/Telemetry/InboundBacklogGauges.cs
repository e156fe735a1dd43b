using System.Diagnostics.Metrics;
using Cutover.Core.Telemetry;

namespace Cutover.Host.Telemetry;

/// <summary>
/// The inbound queue's depth and the age of its oldest request as observable gauges (<c>cutover.inbound.pending</c>,
/// <c>cutover.inbound.oldest_age</c>). The queue is read once per <see cref="Interval"/>, not on every collection, so the
/// gauges cost one small query per interval whatever the export rate. Registered only when telemetry is on.
/// </summary>
public sealed partial class InboundBacklogGauges : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(15);

    private readonly IInboundRequests _requests;
    private readonly TimeProvider _clock;
    private readonly ILogger<InboundBacklogGauges> _logger;
    private InboundBacklog _latest = new(0, null);

    public InboundBacklogGauges(IMeterFactory meters, IInboundRequests requests, TimeProvider clock, ILogger<InboundBacklogGauges> logger)
    {
        ArgumentNullException.ThrowIfNull(meters);
        (_requests, _clock, _logger) = (requests, clock, logger);
        var meter = meters.Create(CutoverTelemetry.Name);
        meter.CreateObservableGauge("cutover.inbound.pending", () => Volatile.Read(ref _latest).Pending, "{request}",
            "Inbound chat requests not yet done.");
        meter.CreateObservableGauge("cutover.inbound.oldest_age", OldestAgeMs, "ms",
            "Age of the oldest inbound chat request not yet done; 0 when there is none.");
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval);
        try
        {
            do
            {
                await SampleAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task SampleAsync(CancellationToken stoppingToken)
    {
        try
        {
            Volatile.Write(ref _latest, await _requests.BacklogAsync(stoppingToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSampleFailed(exception.GetType().Name);
        }
    }

    private double OldestAgeMs() =>
        Volatile.Read(ref _latest).OldestReceivedAt is { } oldest ? Math.Max(0, (_clock.GetUtcNow() - oldest).TotalMilliseconds) : 0;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read the inbound queue's backlog for its gauges ({Error}); trying again next interval")]
    private partial void LogSampleFailed(string error);
}
