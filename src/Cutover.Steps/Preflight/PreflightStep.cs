namespace Cutover.Steps.Preflight;

/// <summary>
/// Step 0 once approved: inspects Heroku again (the world may have moved since <c>plan</c>) and fails with the
/// blockers if the migration can no longer go ahead. Read-only, so running it twice is harmless.
/// </summary>
public sealed class PreflightStep(CurrentPlan currentPlan) : PlannedStep(StepIds.Preflight, currentPlan)
{
    protected override Task<StepResult> RunAsync(Run run, PlanningInput inspected, MigrationPlan plan, CancellationToken cancellationToken) =>
        Task.FromResult(plan.IsBlocked
            ? StepResult.Failed(string.Join(" ", plan.Blockers))
            : StepResult.Done($"Plan confirmed: {plan.Addons.Count} add-ons, {plan.Dynos.Count} process types, "
                              + $"{plan.ConfigVarCount} config vars and {plan.Domains.Count} domains to move into {plan.TargetApp}."));
}
