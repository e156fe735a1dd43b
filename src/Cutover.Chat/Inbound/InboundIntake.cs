using Cutover.Core.Telemetry;

namespace Cutover.Chat.Inbound;

/// <summary>The "ack" half of ack-then-process: an endpoint stores what a verified request asks and the worker is woken.</summary>
public sealed class InboundIntake(IInboundRequests requests, InboundWorker worker, TimeProvider clock)
{
    /// <summary>
    /// Stores <paramref name="request"/> under <paramref name="key"/> and wakes the worker. A duplicate (a redelivery, a
    /// double click) was stored before: it is acknowledged again and nothing else happens (false). The trace of the
    /// request being answered, if any, is stored with it so the worker continues it.
    /// </summary>
    public async Task<bool> StoreAsync(string key, string channel, InboundChatRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (CutoverTelemetry.CurrentTraceParent() is { } traceParent)
            request = request with { TraceParent = traceParent };
        if (!await requests.EnqueueAsync(StoredRequests.ToData(key, channel, request), clock.GetUtcNow(), cancellationToken))
            return false;
        worker.Wake();
        return true;
    }
}
