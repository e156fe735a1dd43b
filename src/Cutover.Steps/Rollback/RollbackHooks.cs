namespace Cutover.Steps.Rollback;

/// <summary>A rolled-back run has nothing left to remind about or report on: its scheduled work is removed.</summary>
public sealed class RollbackHooks(IRunScheduler scheduler) : IStepHooks
{
    public string StepId => StepIds.Rollback;

    public Task AfterSuccessAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return scheduler.UnscheduleRunAsync(run.Id, cancellationToken);
    }
}
