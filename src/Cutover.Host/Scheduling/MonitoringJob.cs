namespace Cutover.Host.Scheduling;

/// <summary>
/// The monitoring series of one run: each firing posts the health report of its slot (which interval of the window it
/// is, from the scheduled fire time), so a re-run after a crash never posts a slot twice. Missed firings are dropped
/// (<c>NextWithRemainingCount</c>): a report is about the traffic now, not a stale one.
/// </summary>
[DisallowConcurrentExecution]
public sealed partial class MonitoringJob(MonitorRun monitor, ILogger<MonitoringJob> logger) : IJob
{
    public const string Group = "monitoring";
    public const string RunIdKey = "runId";
    public const string StartKey = "start";
    public const string IntervalKey = "intervalSeconds";
    public const string SlotsKey = "slots";

    public static JobKey KeyFor(long runId) => new($"run-{runId}", Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        var runId = long.Parse(data.GetString(RunIdKey)!, CultureInfo.InvariantCulture);
        var start = DateTimeOffset.Parse(data.GetString(StartKey)!, CultureInfo.InvariantCulture);
        var interval = TimeSpan.FromSeconds(double.Parse(data.GetString(IntervalKey)!, CultureInfo.InvariantCulture));
        var slots = int.Parse(data.GetString(SlotsKey)!, CultureInfo.InvariantCulture);
        var due = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var slot = (int)Math.Round((due - start) / interval) + 1;
        if (await monitor.ReportAsync(runId, Math.Clamp(slot, 1, slots), slots, cancellationToken))
            LogPosted(runId, slot, slots);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId}: health report {Slot}/{Slots} posted")]
    private partial void LogPosted(long runId, int slot, int slots);
}
