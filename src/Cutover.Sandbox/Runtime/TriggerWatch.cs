using Quartz;

namespace Cutover.Sandbox.Runtime;

/// <summary>
/// Listens to the scheduler and says when the set of triggers may have changed, so the time control re-reads the
/// store only then instead of at every step of a long move. The listener's other notifications keep their no-op defaults.
/// </summary>
internal sealed class TriggerWatch : ISchedulerListener
{
    private int _changed = 1;

    public string Name => "cutover-sandbox-trigger-watch";

    /// <summary>True once after each change (and the first time).</summary>
    public bool TakeChanged() => Interlocked.Exchange(ref _changed, 0) == 1;

    public ValueTask JobScheduled(IScheduler scheduler, ITrigger trigger, CancellationToken cancellationToken = default) => Touch();

    public ValueTask JobUnscheduled(IScheduler scheduler, TriggerKey triggerKey, CancellationToken cancellationToken = default) => Touch();

    public ValueTask TriggerFinalized(IScheduler scheduler, ITrigger trigger, CancellationToken cancellationToken = default) => Touch();

    public ValueTask TriggerResumed(IScheduler scheduler, TriggerKey triggerKey, CancellationToken cancellationToken = default) => Touch();

    public ValueTask TriggersResumed(IScheduler scheduler, string? triggerGroup, CancellationToken cancellationToken = default) => Touch();

    public ValueTask JobDeleted(IScheduler scheduler, JobKey jobKey, CancellationToken cancellationToken = default) => Touch();

    public ValueTask JobResumed(IScheduler scheduler, JobKey jobKey, CancellationToken cancellationToken = default) => Touch();

    public ValueTask JobsResumed(IScheduler scheduler, string? jobGroup, CancellationToken cancellationToken = default) => Touch();

    public ValueTask SchedulingDataCleared(IScheduler scheduler, CancellationToken cancellationToken = default) => Touch();

    private ValueTask Touch()
    {
        Volatile.Write(ref _changed, 1);
        return ValueTask.CompletedTask;
    }
}
