using Cutover.Core.Telemetry;

namespace Cutover.Host.Scheduling;

/// <summary>
/// Records how late each job fired after the time it was scheduled for (<see cref="CutoverTelemetry.SchedulerFireLag"/>),
/// tagged with the job's group: a busy or stalled scheduler shows as a growing lag.
/// </summary>
public sealed class FireLagListener : IJobListener
{
    public string Name => "cutover-fire-lag";

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.ScheduledFireTimeUtc is { } scheduled)
        {
            var lag = context.FireTimeUtc - scheduled;
            CutoverTelemetry.SchedulerFireLag.Record(Math.Max(0, lag.TotalMilliseconds),
                new KeyValuePair<string, object?>("job", context.JobDetail.Key.Group));
        }

        return ValueTask.CompletedTask;
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) => ValueTask.CompletedTask;

    public ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;
}
