namespace Cutover.Steps.Scale;

/// <summary>
/// <c>scale</c>: gives the target the source's formation on Private-*/Shield-* sizes (<see href="https://devcenter.heroku.com/articles/dyno-types">dyno types</see>). The
/// sizes come from the <see cref="CurrentPlan"/> (the same mapping preflight showed); then <c>GET /apps/{target}/formation</c> and one batch
/// <c>PATCH /apps/{target}/formation</c> with only the process types whose quantity or size differ.
/// </summary>
public sealed class ScaleStep(
    CurrentPlan currentPlan,
    IFormationApi formation) : PlannedStep(StepIds.Scale, currentPlan)
{
    protected override async Task<StepResult> RunAsync(Run run, PlanningInput inspected, MigrationPlan plan, CancellationToken cancellationToken)
    {
        var target = run.TargetApp;
        var dynos = plan.Dynos;
        if (dynos.FirstOrDefault(d => d.ToSize is null) is { } unmapped)
        {
            return StepResult.Failed($"Process type {unmapped.ProcessType} runs on {unmapped.FromSize}, which has no Private Space equivalent: "
                                     + "resize it on the source app, then retry.");
        }

        var current = (await HerokuPaging.ListAllAsync<Formation>((range, ct) => formation.ListAsync(target, range, ct), cancellationToken).ConfigureAwait(false))
            .ToDictionary(f => f.Type, StringComparer.Ordinal);
        var undefined = dynos.Where(d => !current.ContainsKey(d.ProcessType)).Select(d => d.ProcessType).ToList();
        if (undefined.Count > 0)
        {
            return StepResult.Failed($"{target}'s release does not define process type(s) {StepReads.Names(undefined)}: "
                                     + "deploy the source's slug to the target first, then retry.");
        }

        var updates = dynos
            .Where(d => current[d.ProcessType] is var f && (f.Quantity != d.Quantity || !SameSize(f, d.ToSize!)))
            .Select(d => new FormationUpdate(d.ProcessType, d.Quantity, ResourceRef.Named(d.ToSize!)))
            .ToList();
        var summary = string.Join(", ", dynos.Select(d => $"{d.ProcessType} {d.Quantity}× {d.ToSize}"));
        if (updates.Count == 0)
            return StepResult.Done($"{target} already runs {summary}; nothing scaled.");

        await formation.UpdateAsync(target, new FormationBatchUpdate(updates), cancellationToken).ConfigureAwait(false);
        return StepResult.Done($"Scaled {target} to {summary} ({updates.Count} of {dynos.Count} process types changed).");
    }

    private static bool SameSize(Formation current, string size) =>
        string.Equals(current.DynoSize?.Name ?? current.Size, size, StringComparison.OrdinalIgnoreCase);
}
