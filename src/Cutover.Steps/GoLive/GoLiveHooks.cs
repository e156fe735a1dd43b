namespace Cutover.Steps.GoLive;

/// <summary>Once the target is live, the health reports of the monitoring window are scheduled.</summary>
public sealed class GoLiveHooks(IRunScheduler scheduler) : IStepHooks
{
    public string StepId => StepIds.GoLive;

    public Task AfterSuccessAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return scheduler.ScheduleMonitoringAsync(run.Id, cancellationToken);
    }
}
