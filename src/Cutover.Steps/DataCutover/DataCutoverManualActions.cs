namespace Cutover.Steps.DataCutover;

/// <summary>
/// The data moves of a plan that no API can do, as manual actions of <c>data-cutover</c>: a Kafka cluster (topics,
/// consumer groups, the switch of config) and an Essential-tier Postgres database (copied with <c>pg:copy</c>).
/// </summary>
public static class DataCutoverManualActions
{
    /// <summary>One action per add-on the plan moves by hand, keyed by the add-on's name.</summary>
    public static IReadOnlyList<ManualAction> From(MigrationPlan plan, string source, string target)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return
        [
            .. plan.Addons.Where(r => r.Strategy == DataStrategy.CopyWithDowntime).Select(r => new ManualAction(r.Name,
                $"Copy {r.Service} {r.Name} by hand",
                $"{r.Name} ({r.Service}:{r.CurrentPlan}) cannot be followed: provision {r.Service}:{r.ProposedPlan} on {target}, copy with "
                + $"`heroku pg:copy {source}::DATABASE_URL <new attachment> -a {target}`, then promote it to DATABASE (`heroku pg:promote`).")),
            .. plan.Addons.Where(r => r.Strategy == DataStrategy.GuidedManual).Select(r => new ManualAction(r.Name,
                $"Move Kafka {r.Name} by hand",
                $"No API moves a Kafka cluster: provision {r.Service}:{r.ProposedPlan} on {target}; create the same topics and consumer groups "
                + "(`heroku kafka:topics:create`); stop producers; let consumers drain the old cluster; switch the app to the new cluster's "
                + "config; restart producers and consumers.")),
        ];
    }
}
