namespace Cutover.Host.Scheduling;

/// <summary>Every few minutes: re-notify approvers of requests that have waited a whole reminder interval (or more).</summary>
[DisallowConcurrentExecution]
public sealed partial class ApprovalReminderJob(RemindPendingApprovals remind, ILogger<ApprovalReminderJob> logger) : IJob
{
    public static readonly JobKey Key = new("approval-reminders", "reminders");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var posted = await remind.RunAsync(cancellationToken);
        if (posted > 0)
            LogPosted(posted);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Re-notified approvers of {Count} waiting request(s)")]
    private partial void LogPosted(int count);
}
