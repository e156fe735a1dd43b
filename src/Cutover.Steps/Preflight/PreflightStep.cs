using Cutover.Steps.DataCutover;

namespace Cutover.Steps.Preflight;

/// <summary>
/// Step 0 once approved: inspects Heroku again (the world may have moved since <c>plan</c>) and fails with the
/// blockers if the migration can no longer go ahead. Records the data moves a person must do and confirm before the
/// data cutover can be approved (<see cref="DataCutoverManualActions"/>). Changes nothing on Heroku, so running it
/// twice is harmless.
/// </summary>
public sealed class PreflightStep(CurrentPlan currentPlan, ManualChecklist checklist) : PlannedStep(StepIds.Preflight, currentPlan)
{
    protected override async Task<StepResult> RunAsync(Run run, PlanningInput inspected, MigrationPlan plan, CancellationToken cancellationToken)
    {
        if (plan.IsBlocked)
            return StepResult.Failed(string.Join(" ", plan.Blockers));
        var manual = DataCutoverManualActions.From(plan, run.SourceApp, run.TargetApp);
        await checklist.AddAsync(run.Id, StepIds.DataCutover, manual, cancellationToken).ConfigureAwait(false);
        return StepResult.Done($"Plan confirmed: {plan.Addons.Count} add-ons, {plan.Dynos.Count} process types, "
                               + $"{plan.ConfigVarCount} config vars and {plan.Domains.Count} domains to move into {plan.TargetApp}."
                               + (manual.Count == 0 ? string.Empty : $" {manual.Count} data move(s) must be done by hand during the data cutover; each will ask for a Done click."));
    }
}
