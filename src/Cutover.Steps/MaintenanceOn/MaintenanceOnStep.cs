namespace Cutover.Steps.MaintenanceOn;

/// <summary>
/// <c>maintenance-on</c>: freezes the source (<see href="https://devcenter.heroku.com/articles/migrating-apps-from-the-common-runtime-to-a-private-space">Heroku's migration guide</see>): <c>PATCH /apps/{source}
/// {"maintenance":true}</c> unless it is already on, then stops the writers — every non-web process type still
/// running — with one <c>PATCH /apps/{source}/formation</c> to quantity 0. The original quantities are recorded
/// in <see cref="WritersFact"/> before scaling, so a rollback can restore them; a re-run keeps that record. The reads go
/// side by side, and so do maintenance and the writers' stop.
/// </summary>
public sealed class MaintenanceOnStep(IAppsApi apps, IFormationApi formation, IRunFacts facts) : RunbookStep(StepIds.MaintenanceOn)
{
    /// <summary>The run fact with the writers' quantities before they were stopped: <c>worker=1,clock=1</c>.</summary>
    public const string WritersFact = "source.writers";

    protected override async Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken)
    {
        var source = run.SourceApp;
        // The app, its formation and the record of stopped writers are read side by side.
        var appRead = apps.GetAsync(source, cancellationToken);
        var formationRead = HerokuPaging.ListAllAsync<Formation>((range, ct) => formation.ListAsync(source, range, ct), cancellationToken);
        var recordRead = facts.GetAsync(run.Id, WritersFact, cancellationToken);
        await Task.WhenAll(appRead, formationRead, recordRead).ConfigureAwait(false);
        var app = await appRead.ConfigureAwait(false);
        var running = (await formationRead.ConfigureAwait(false))
            .Where(f => f.Quantity > 0 && !string.Equals(f.Type, "web", StringComparison.Ordinal))
            .OrderBy(f => f.Type, StringComparer.Ordinal)
            .ToList();
        var recorded = Writers.Parse(await recordRead.ConfigureAwait(false));

        // Maintenance and the writers' stop are independent changes: made side by side.
        var maintenance = app.Maintenance ? Task.FromResult($"{source} is already in maintenance.") : MaintenanceOnAsync(source, cancellationToken);
        var writers = StopWritersAsync(run.Id, source, running, recorded, cancellationToken);
        await Task.WhenAll(maintenance, writers).ConfigureAwait(false);
        return StepResult.Done($"{await maintenance.ConfigureAwait(false)} {await writers.ConfigureAwait(false)}");
    }

    private async Task<string> MaintenanceOnAsync(string source, CancellationToken cancellationToken)
    {
        await apps.UpdateAsync(source, new AppUpdate(Maintenance: true), cancellationToken).ConfigureAwait(false);
        return $"Maintenance on for {source}.";
    }

    /// <summary>Scales every running writer to 0 with one formation update, their quantities recorded first (a type already recorded keeps its pre-stop quantity).</summary>
    private async Task<string> StopWritersAsync(long runId, string source, List<Formation> running, SortedDictionary<string, int> recorded,
        CancellationToken cancellationToken)
    {
        if (running.Count == 0)
        {
            return recorded.Count == 0
                ? "No writers running."
                : $"Writers already stopped (recorded before stopping: {Writers.Format(recorded)}).";
        }

        var merged = new SortedDictionary<string, int>(recorded, StringComparer.Ordinal);
        foreach (var writer in running)
            merged.TryAdd(writer.Type, writer.Quantity);
        if (merged.Count != recorded.Count)
            await facts.SetAsync(runId, WritersFact, Writers.Format(merged), cancellationToken).ConfigureAwait(false);

        await formation.UpdateAsync(source, new FormationBatchUpdate([.. running.Select(w => new FormationUpdate(w.Type, 0))]), cancellationToken)
            .ConfigureAwait(false);
        return $"Stopped writers: {string.Join(", ", running.Select(w => $"{w.Type} (was {w.Quantity})"))}; quantities recorded for rollback.";
    }
}
