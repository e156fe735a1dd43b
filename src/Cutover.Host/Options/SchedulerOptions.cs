namespace Cutover.Host.Options;

/// <summary>Section <c>Scheduler</c>: Quartz.NET on the application database.</summary>
public sealed class SchedulerOptions
{
    public const string Section = "Scheduler";

    /// <summary>Shared by every node of a cluster.</summary>
    public string InstanceName { get; set; } = "cutover";

    /// <summary>
    /// How long shutdown waits for running jobs. Heroku sends SIGKILL 30 s after SIGTERM, so this stays below
    /// that; a job cut off later is recovered by another node (jobs are idempotent).
    /// </summary>
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>Cluster check-in interval on PostgreSQL.</summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(7.5);
}
