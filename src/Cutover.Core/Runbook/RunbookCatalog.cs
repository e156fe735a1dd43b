namespace Cutover.Core.Runbook;

/// <summary>The ordered steps of every migration, taken from Heroku's Common Runtime → Private Space guide.</summary>
public static class RunbookCatalog
{
    public static IReadOnlyList<StepDefinition> Steps { get; } =
    [
        new(0, StepIds.Preflight, "Preflight and plan", Phase.Before, Skippable: false),
        new(1, StepIds.MaintenancePage, "Maintenance page", Phase.Before),
        new(2, StepIds.DnsTtl, "Lower DNS TTL", Phase.Before, Watches: SourceAspect.Domains),
        new(3, StepIds.CreateApp, "Create target app", Phase.Staging, Skippable: false),
        new(4, StepIds.CopyConfig, "Copy config vars", Phase.Staging, Watches: SourceAspect.Release),
        new(5, StepIds.Deploy, "Deploy current slug", Phase.Staging, Skippable: false, Watches: SourceAspect.Release),
        new(6, StepIds.Addons, "Provision add-ons", Phase.Staging, Watches: SourceAspect.Addons),
        new(7, StepIds.Scale, "Scale formation", Phase.Staging, Watches: SourceAspect.Formation),
        new(8, StepIds.MaintenanceOn, "Maintenance on", Phase.Cutover, Watches: SourceAspect.Formation),
        new(9, StepIds.DataCutover, "Data cutover", Phase.Cutover, Destructive: true, PointOfNoReturn: true, Watches: SourceAspect.Addons),
        new(10, StepIds.Domains, "Domains and SSL", Phase.Cutover, Watches: SourceAspect.Domains),
        new(11, StepIds.DnsSwitch, "DNS switch", Phase.Cutover, Watches: SourceAspect.Domains),
        new(12, StepIds.GoLive, "Go live", Phase.Cutover),
        new(13, StepIds.Monitor, "Monitor", Phase.After),
        new(14, StepIds.RestoreTtl, "Restore DNS TTL", Phase.After),
        new(15, StepIds.Decommission, "Decommission source app", Phase.After, Destructive: true, PointOfNoReturn: true,
            Watches: SourceAspect.Addons | SourceAspect.Release),
        new(16, RollbackId, "Roll back to the source app", Phase.Rollback, Destructive: true, Skippable: false),
    ];

    /// <summary>
    /// The step that undoes the migration while the source app still exists (until decommission): outside the
    /// sequence, asked for with <c>rollback &lt;run&gt;</c>, and approved by two people like any destructive step.
    /// </summary>
    public const string RollbackId = StepIds.Rollback;

    private static readonly Dictionary<string, StepDefinition> ById =
        Steps.ToDictionary(s => s.Id, StringComparer.OrdinalIgnoreCase);

    /// <summary>Finds a step by its number (<c>5</c>) or its id (<c>deploy</c>), case-insensitively.</summary>
    public static StepDefinition? Find(string reference)
    {
        if (int.TryParse(reference, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            return number >= 0 && number < Steps.Count ? Steps[number] : null;
        return ById.GetValueOrDefault(reference);
    }

    /// <summary>The step with this id; throws for an id that is not in the catalogue (a programming error).</summary>
    public static StepDefinition Get(string id) =>
        ById.TryGetValue(id, out var step) ? step : throw new KeyNotFoundException($"No runbook step has id '{id}'.");

    /// <summary>A one-line list of valid step references, for error messages.</summary>
    public static string Describe() => string.Join(", ", Steps.Select(s => $"{s.Number} {s.Id}"));
}
