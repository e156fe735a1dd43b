using Cutover.Core.Results;

namespace Cutover.Steps;

/// <summary>
/// The migration plan as of now: Heroku inspected again (the world may have moved since <c>plan</c>) and planned with
/// the operator's choices, the same mapping preflight showed. Read-only.
/// </summary>
public sealed class CurrentPlan(IMigrationInspector inspector, PlannerOptions options)
{
    /// <summary>What was read and the plan made from it, or why the app or space cannot be read.</summary>
    public async Task<Result<(PlanningInput Inspected, MigrationPlan Plan)>> ReadAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var input = await inspector.InspectAsync(run.SourceApp, run.TargetSpace, cancellationToken).ConfigureAwait(false);
        if (input.IsRefused)
            return input.Refusal;
        return (input.Value, MigrationPlanner.Plan(input.Value, options));
    }
}
