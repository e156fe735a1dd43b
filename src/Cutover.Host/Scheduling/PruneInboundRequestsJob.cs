namespace Cutover.Host.Scheduling;

/// <summary>
/// Every hour: deletes the chat requests that were done more than <see cref="Retention"/> ago. They are a queue, not a
/// record (the audit log is), and their bodies hold what people typed and Slack's short-lived response URLs; Slack and
/// Teams redeliver within minutes, so a week keeps every duplicate recognisable.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class PruneInboundRequestsJob(IInboundRequests requests, TimeProvider clock, ILogger<PruneInboundRequestsJob> logger) : IJob
{
    public static readonly JobKey Key = new("prune-inbound-requests", "housekeeping");

    /// <summary>How long a done request is kept.</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(7);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var pruned = await requests.PruneAsync(clock.GetUtcNow() - Retention, cancellationToken);
        if (pruned > 0)
            LogPruned(pruned, Retention.TotalDays);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted {Count} chat request(s) done more than {Days} days ago")]
    private partial void LogPruned(int count, double days);
}
