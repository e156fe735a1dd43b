using Cutover.Infrastructure.Heroku.Http;

namespace Cutover.Steps;

/// <summary>
/// What every step implementation shares: the catalog id it carries out, given once to the constructor, a run that is
/// never null by the time <see cref="RunAsync"/> sees it, and Heroku calls counted for that run (<see cref="HerokuCallContext"/>).
/// </summary>
public abstract class RunbookStep(string stepId) : IRunbookStep
{
    public string StepId { get; } = stepId;

    public async Task<StepResult> ExecuteAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        // The step's Heroku calls count for this run's latency (the cutover-window estimate); set here, it ends with the step.
        HerokuCallContext.RunId = run.Id;
        return await RunAsync(run, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The step's work for <paramref name="run"/>; a failure says what went wrong in words fit for the thread.</summary>
    protected abstract Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken);
}

/// <summary>
/// A step that works from the plan as of now (<see cref="CurrentPlan"/>): it fails with the refusal when the app or
/// space cannot be read, and otherwise gets what was inspected and the plan made from it.
/// </summary>
public abstract class PlannedStep(string stepId, CurrentPlan currentPlan) : RunbookStep(stepId)
{
    protected sealed override async Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken)
    {
        var current = await currentPlan.ReadAsync(run, cancellationToken).ConfigureAwait(false);
        return current.IsRefused
            ? StepResult.Failed(current.Refusal.Reason)
            : await RunAsync(run, current.Value.Inspected, current.Value.Plan, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The step's work for <paramref name="run"/> given the source as inspected now and the plan made from it.</summary>
    protected abstract Task<StepResult> RunAsync(Run run, PlanningInput inspected, MigrationPlan plan, CancellationToken cancellationToken);
}
