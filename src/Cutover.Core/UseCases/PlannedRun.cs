namespace Cutover.Core.UseCases;

/// <summary>The outcome of <c>plan</c>: the plan, and the run it opened — none when the plan has blockers.</summary>
public sealed record PlannedRun(MigrationPlan Plan, Run? Run)
{
    public bool IsBlocked => Run is null;
}
