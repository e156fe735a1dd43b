namespace Cutover.Core.UseCases;

/// <summary>
/// <c>plan &lt;app&gt; to &lt;space&gt; [at &lt;time&gt;]</c>: inspect Heroku read-only, plan the migration, and open the
/// run unless the plan has blockers. The store's unique constraint decides whether the app is free.
/// </summary>
public sealed class PlanRun(IMigrationInspector inspector, IRunStore store, PlannerOptions options, TimeProvider clock)
{
    /// <summary>
    /// The plan and its new run; the plan alone when it is blocked; a refusal when the app or space cannot be
    /// read or the app already has an active run.
    /// </summary>
    public async Task<Result<PlannedRun>> RunAsync(PlanCommand command, string requestedBy, ConversationReference conversation,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var inspected = await inspector.InspectAsync(command.App, command.Space, cancellationToken).ConfigureAwait(false);
        if (inspected.IsRefused)
            return inspected.Refusal;
        var plan = MigrationPlanner.Plan(inspected.Value, options);
        if (plan.IsBlocked)
            return new PlannedRun(plan, null);

        var run = Run.Plan(command.App, command.Space, command.CutoverAt, requestedBy, conversation, clock.GetUtcNow(), plan.TargetApp);
        var created = await store.CreateAsync(run, cancellationToken).ConfigureAwait(false);
        return created.IsRefused ? created.Refusal : new PlannedRun(plan, created.Value);
    }
}
