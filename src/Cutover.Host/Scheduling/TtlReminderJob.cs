using Cutover.Steps.DnsTtl;

namespace Cutover.Host.Scheduling;

/// <summary>
/// One DNS TTL reminder before a cutover. Fires now when missed (the bot was down), and the use case says how late it
/// is; the post is keyed by (run, slot), so a second firing posts nothing.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class TtlReminderJob(RemindDnsTtl remind, ILogger<TtlReminderJob> logger) : IJob
{
    public const string Group = "ttl-reminders";
    public const string RunIdKey = "runId";
    public const string SlotKey = "slot";

    public static JobKey KeyFor(long runId, string slot) => new($"run-{runId}.{slot}", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var runId = long.Parse(context.MergedJobDataMap.GetString(RunIdKey)!, CultureInfo.InvariantCulture);
        var slot = context.MergedJobDataMap.GetString(SlotKey)!;
        var due = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        if (await remind.RunAsync(runId, slot, due, cancellationToken))
            LogPosted(runId, slot, due);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: TTL reminder {Slot} (due {Due:u}) posted")]
    private partial void LogPosted(long runId, string slot, DateTimeOffset due);
}
