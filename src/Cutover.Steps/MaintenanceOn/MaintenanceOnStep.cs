namespace Cutover.Steps.MaintenanceOn;

/// <summary>
/// <c>maintenance-on</c>: freezes the source (<see href="https://devcenter.heroku.com/articles/migrating-apps-from-the-common-runtime-to-a-private-space">Heroku's migration guide</see>): <c>PATCH /apps/{source}
/// {"maintenance":true}</c> unless it is already on, then stops the writers — every non-web process type still
/// running — with one <c>PATCH /apps/{source}/formation</c> to quantity 0. The original quantities are recorded
/// in <see cref="WritersFact"/> before scaling, so a rollback can restore them; a re-run keeps that record.
/// </summary>
public sealed class MaintenanceOnStep(IAppsApi apps, IFormationApi formation, IRunFacts facts) : RunbookStep(StepIds.MaintenanceOn)
{
    /// <summary>The run fact with the writers' quantities before they were stopped: <c>worker=1,clock=1</c>.</summary>
    public const string WritersFact = "source.writers";

    protected override async Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken)
    {
        var source = run.SourceApp;
        var notes = new List<string>();

        var app = await apps.GetAsync(source, cancellationToken).ConfigureAwait(false);
        if (app.Maintenance)
        {
            notes.Add($"{source} is already in maintenance.");
        }
        else
        {
            await apps.UpdateAsync(source, new AppUpdate(Maintenance: true), cancellationToken).ConfigureAwait(false);
            notes.Add($"Maintenance on for {source}.");
        }

        var running = (await HerokuPaging.ListAllAsync<Formation>((range, ct) => formation.ListAsync(source, range, ct), cancellationToken).ConfigureAwait(false))
            .Where(f => f.Quantity > 0 && !string.Equals(f.Type, "web", StringComparison.Ordinal))
            .OrderBy(f => f.Type, StringComparer.Ordinal)
            .ToList();
        var recorded = Writers.Parse(await facts.GetAsync(run.Id, WritersFact, cancellationToken).ConfigureAwait(false));
        if (running.Count == 0)
        {
            notes.Add(recorded.Count == 0
                ? "No writers running."
                : $"Writers already stopped (recorded before stopping: {Writers.Format(recorded)}).");
            return StepResult.Done(string.Join(" ", notes));
        }

        // Record before scaling; a type already recorded keeps its first (pre-stop) quantity.
        var merged = new SortedDictionary<string, int>(recorded, StringComparer.Ordinal);
        foreach (var writer in running)
            merged.TryAdd(writer.Type, writer.Quantity);
        if (merged.Count != recorded.Count)
            await facts.SetAsync(run.Id, WritersFact, Writers.Format(merged), cancellationToken).ConfigureAwait(false);

        await formation.UpdateAsync(source, new FormationBatchUpdate([.. running.Select(w => new FormationUpdate(w.Type, 0))]), cancellationToken)
            .ConfigureAwait(false);
        notes.Add($"Stopped writers: {string.Join(", ", running.Select(w => $"{w.Type} (was {w.Quantity})"))}; quantities recorded for rollback.");
        return StepResult.Done(string.Join(" ", notes));
    }
}
