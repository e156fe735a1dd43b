namespace Cutover.Core.Ports;

/// <summary>Timed work for runs. Keys derive from the run, so scheduling the same thing twice keeps one trigger.</summary>
public interface IRunScheduler
{
    /// <summary>Re-issue a step version for approval at <paramref name="at"/> if its approvals have lapsed by then.</summary>
    Task ScheduleApprovalExpiryAsync(long runId, string stepId, int stepVersion, DateTimeOffset at,
        CancellationToken cancellationToken);

    /// <summary>
    /// Carry out the run's approved step now, on exactly one node of the cluster; if that node dies mid-step,
    /// another one runs it again (executors are idempotent).
    /// </summary>
    Task ScheduleStepExecutionAsync(long runId, CancellationToken cancellationToken);

    /// <summary>The DNS TTL reminders before the run's cutover time (those still in the future), one job each.</summary>
    Task ScheduleTtlRemindersAsync(long runId, DateTimeOffset cutoverAt, CancellationToken cancellationToken);

    /// <summary>The post-cutover monitoring series: a health report every interval for the monitoring window.</summary>
    Task ScheduleMonitoringAsync(long runId, CancellationToken cancellationToken);

    /// <summary>Removes every timed job of the run (it was aborted or rolled back).</summary>
    Task UnscheduleRunAsync(long runId, CancellationToken cancellationToken);
}
