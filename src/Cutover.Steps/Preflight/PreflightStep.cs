namespace Cutover.Steps.Preflight;

/// <summary>
/// Step 0 once approved: inspects Heroku again (the world may have moved since <c>plan</c>) and fails with the
/// blockers if the migration can no longer go ahead. Read-only, so running it twice is harmless.
/// </summary>
public sealed class PreflightStep(CurrentPlan currentPlan) : IRunbookStep
{
    public string StepId => StepIds.Preflight;

    public async Task<StepResult> ExecuteAsync(Run run, CancellationToken cancellationToken)
    {
        var current = await currentPlan.ReadAsync(run, cancellationToken).ConfigureAwait(false);
        if (current.IsRefused)
            return StepResult.Failed(current.Refusal.Reason);
        var plan = current.Value.Plan;
        return plan.IsBlocked
            ? StepResult.Failed(string.Join(" ", plan.Blockers))
            : StepResult.Done($"Plan confirmed: {plan.Addons.Count} add-ons, {plan.Dynos.Count} process types, "
                              + $"{plan.ConfigVarCount} config vars and {plan.Domains.Count} domains to move into {plan.TargetApp}.");
    }
}
