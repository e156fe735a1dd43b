namespace Cutover.Steps.MaintenancePage;

/// <summary>
/// <c>maintenance-page</c>: points the source app's <c>MAINTENANCE_PAGE_URL</c> (and <c>ERROR_PAGE_URL</c> when
/// configured) at the configured pages, so maintenance mode later shows them. <c>GET /apps/{source}/config-vars</c>,
/// then <c>PATCH</c> only the keys that differ. Notes name the keys, never the values.
/// </summary>
public sealed class MaintenancePageStep(IConfigVarsApi configVars, MigrationOptions options) : RunbookStep(StepIds.MaintenancePage)
{
    public const string MaintenancePageKey = "MAINTENANCE_PAGE_URL";
    public const string ErrorPageKey = "ERROR_PAGE_URL";

    protected override async Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken)
    {
        var wanted = new Dictionary<string, string?>(StringComparer.Ordinal) { [MaintenancePageKey] = options.MaintenancePageUrl };
        if (options.ErrorPageUrl is { } errorPage)
            wanted[ErrorPageKey] = errorPage;

        var current = await configVars.GetAsync(run.SourceApp, cancellationToken).ConfigureAwait(false);
        var changes = wanted
            .Where(w => !current.TryGetValue(w.Key, out var value) || !string.Equals(value, w.Value, StringComparison.Ordinal))
            .ToDictionary(StringComparer.Ordinal);
        if (changes.Count == 0)
            return StepResult.Done($"{StepReads.Names(wanted.Keys)} already set on {run.SourceApp}; nothing changed.");

        await configVars.UpdateAsync(run.SourceApp, changes, cancellationToken).ConfigureAwait(false);
        return StepResult.Done($"Set {StepReads.Names(changes.Keys)} on {run.SourceApp}.");
    }
}
