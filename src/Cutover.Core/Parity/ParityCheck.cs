namespace Cutover.Core.Parity;

/// <summary>
/// The source and the target compared property by property once the target is live: config var names, add-on
/// services and plans, formation, domains and certificates, drains, access, webhooks, pipeline, features, buildpacks
/// and stack. A difference the plan made (a private-space plan or dyno size, add-on config vars the target's add-ons
/// name themselves) is shown as planned; any other is a difference. Pure: built from two inspections and the plan.
/// </summary>
public static class ParityCheck
{
    /// <summary>
    /// One line per property. <paramref name="source"/> is the source as it ran before the cutover (its formation and
    /// domains as they were before maintenance and the domain move); <paramref name="plan"/> was made from it.
    /// </summary>
    public static IReadOnlyList<ParityCheckLine> Compare(SourceSnapshot source, SourceSnapshot target, MigrationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(plan);
        var (from, to) = (source.Integrations, target.Integrations);
        return
        [
            Names("Stack", [source.Stack], [target.Stack]),
            Buildpacks(source.Buildpacks, target.Buildpacks),
            Names("Labs features", source.Features, target.Features),
            ConfigVars(source, target, plan),
            ParityOfAddons.Compare(plan.Addons, source.Addons, target.Addons),
            Formation(plan.Dynos, target.Formation),
            Names("Domains", [.. source.Domains.Select(d => d.Hostname)], [.. target.Domains.Select(d => d.Hostname)], StringComparer.OrdinalIgnoreCase),
            Certificates(from, to),
            Names("Log drains", [.. from.Drains.Select(d => d.Url)], [.. to.Drains.Select(d => d.Url)], show: SafeUrl.Host),
            Access(from.Collaborators, to.Collaborators),
            Webhooks(from.Webhooks, to.Webhooks),
            Pipeline(from.Pipeline, to.Pipeline),
        ];
    }

    /// <summary>Whether any line differs without the plan explaining it.</summary>
    public static bool HasUnexplained(IEnumerable<ParityCheckLine> lines) => lines.Any(l => l.Outcome == ParityOutcome.Differs);

    private static ParityCheckLine Names(string property, IReadOnlyList<string> source, IReadOnlyList<string> target,
        StringComparer? comparer = null, Func<string, string>? show = null)
    {
        var compared = SetComparison.Of(source, target, comparer);
        show ??= s => s;
        return compared.Same
            ? new ParityCheckLine(property, ParityOutcome.Same, compared.Both.Count == 0 ? "none on either" : string.Join(", ", compared.Both.Select(show)))
            : new ParityCheckLine(property, ParityOutcome.Differs, compared.Differences(show));
    }

    private static ParityCheckLine Buildpacks(IReadOnlyList<string> source, IReadOnlyList<string> target) =>
        source.SequenceEqual(target, StringComparer.Ordinal)
            ? new ParityCheckLine("Buildpacks", ParityOutcome.Same, source.Count == 0 ? "none on either (auto-detected)" : string.Join(", ", source))
            : new ParityCheckLine("Buildpacks", ParityOutcome.Differs, $"{Listed(source)} on the source, {Listed(target)} on the target");

    /// <summary>
    /// Names only. The copied ones must all be on the target; those an add-on owns differ as planned when the
    /// target's add-ons own the names it has instead (a database attached as another colour).
    /// </summary>
    private static ParityCheckLine ConfigVars(SourceSnapshot source, SourceSnapshot target, MigrationPlan plan)
    {
        const string property = "Config vars";
        var targetNames = target.ConfigVarNames.ToHashSet(StringComparer.Ordinal);
        var targetOwned = target.Addons.SelectMany(a => a.ConfigVars).ToHashSet(StringComparer.Ordinal);
        var missingCopied = plan.ConfigVarsToCopy.Where(n => !targetNames.Contains(n)).ToList();
        var sourceNames = source.ConfigVarNames.ToHashSet(StringComparer.Ordinal);
        var extra = target.ConfigVarNames.Where(n => !sourceNames.Contains(n)).ToList();
        var extraUnowned = extra.Where(n => !targetOwned.Contains(n)).ToList();
        var missingOwned = source.ConfigVarNames.Where(n => !targetNames.Contains(n) && !plan.ConfigVarsToCopy.Contains(n)).ToList();

        if (missingCopied.Count > 0 || extraUnowned.Count > 0)
        {
            var parts = new List<string>();
            if (missingCopied.Count > 0)
                parts.Add($"missing on the target: {string.Join(", ", missingCopied)}");
            if (extraUnowned.Count > 0)
                parts.Add($"extra on the target: {string.Join(", ", extraUnowned)}");
            return new ParityCheckLine(property, ParityOutcome.Differs, string.Join("; ", parts));
        }

        if (missingOwned.Count == 0 && extra.Count == 0)
            return new ParityCheckLine(property, ParityOutcome.Same, $"{Count(source.ConfigVarNames.Count, "name")} on both");
        var why = new List<string> { $"{Count(plan.ConfigVarsToCopy.Count, "copied name")} on both" };
        if (missingOwned.Count > 0)
            why.Add($"{string.Join(", ", missingOwned)} belonged to the source's add-ons");
        if (extra.Count > 0)
            why.Add($"{string.Join(", ", extra)} written by the target's add-ons");
        return new ParityCheckLine(property, ParityOutcome.AsPlanned, $"{string.Join("; ", why)} (as planned)");
    }

    /// <summary>Each process type at the size the plan mapped it to (or the source's own) and the source's quantity.</summary>
    private static ParityCheckLine Formation(IReadOnlyList<DynoMapping> planned, IReadOnlyList<FormationEntry> target)
    {
        const string property = "Formation";
        var differences = new List<string>();
        var mapped = new List<string>();
        foreach (var dyno in planned)
        {
            var actual = target.FirstOrDefault(f => string.Equals(f.Type, dyno.ProcessType, StringComparison.Ordinal));
            if (actual is null)
                differences.Add($"{dyno.ProcessType} missing on the target");
            else if (actual.Quantity != dyno.Quantity)
                differences.Add($"{dyno.ProcessType} {Number(dyno.Quantity)}× on the source, {Number(actual.Quantity)}× on the target");
            else if (string.Equals(actual.Size, dyno.ToSize, StringComparison.OrdinalIgnoreCase) && !string.Equals(actual.Size, dyno.FromSize, StringComparison.OrdinalIgnoreCase))
                mapped.Add($"{dyno.ProcessType} {dyno.FromSize} → {actual.Size}");
            else if (!string.Equals(actual.Size, dyno.FromSize, StringComparison.OrdinalIgnoreCase))
                differences.Add($"{dyno.ProcessType} is {actual.Size}, the plan said {dyno.ToSize ?? dyno.FromSize}");
        }

        differences.AddRange(target.Where(f => f.Quantity > 0 && planned.All(d => !string.Equals(d.ProcessType, f.Type, StringComparison.Ordinal)))
            .Select(f => $"{f.Type} {Number(f.Quantity)}× extra on the target"));
        var shape = planned.Count == 0 ? "no dynos on either" : string.Join(", ", planned.Select(d => $"{d.ProcessType} {Number(d.Quantity)}×"));
        if (differences.Count > 0)
            return new ParityCheckLine(property, ParityOutcome.Differs, string.Join("; ", differences));
        return mapped.Count == 0
            ? new ParityCheckLine(property, ParityOutcome.Same, shape)
            : new ParityCheckLine(property, ParityOutcome.AsPlanned, $"{shape} (as planned: {string.Join(", ", mapped)})");
    }

    /// <summary>ACM wherever the source had it (the target may gain it: the domain step turns it on); as many uploaded certificates.</summary>
    private static ParityCheckLine Certificates(AppIntegrations source, AppIntegrations target)
    {
        const string property = "Certificates";
        var problems = new List<string>();
        if (source.Acm && !target.Acm)
            problems.Add("ACM is on for the source, off for the target (`heroku certs:auto:enable`)");
        if (target.SniEndpoints.Count < source.SniEndpoints.Count)
        {
            problems.Add($"{Count(source.SniEndpoints.Count, "uploaded certificate")} on the source, {Number(target.SniEndpoints.Count)} on the target "
                         + "(upload with `heroku certs:add server.crt server.key`)");
        }

        var shape = $"ACM {(target.Acm ? "on" : "off")}, {Count(target.SniEndpoints.Count, "uploaded certificate")}";
        if (problems.Count > 0)
            return new ParityCheckLine(property, ParityOutcome.Differs, string.Join("; ", problems));
        return target.Acm && !source.Acm
            ? new ParityCheckLine(property, ParityOutcome.AsPlanned, $"{shape} (as planned: the domain step turns ACM on)")
            : new ParityCheckLine(property, ParityOutcome.Same, shape);
    }

    /// <summary>Every person with the permissions they had (a personal app's collaborator: <see cref="CollaboratorInfo.TeamAppPermissions"/>).</summary>
    private static ParityCheckLine Access(IReadOnlyList<CollaboratorInfo> source, IReadOnlyList<CollaboratorInfo> target)
    {
        const string property = "Access";
        var differences = new List<string>();
        var mapped = new List<string>();
        foreach (var person in source)
        {
            var there = target.FirstOrDefault(t => string.Equals(t.Email, person.Email, StringComparison.OrdinalIgnoreCase));
            var wanted = person.TeamAppPermissions;
            if (there is null)
                differences.Add($"{person.Email} missing on the target");
            else if (!there.Permissions.Order(StringComparer.Ordinal).SequenceEqual(wanted.Order(StringComparer.Ordinal), StringComparer.Ordinal))
                differences.Add($"{person.Email} has {Listed(there.Permissions)} on the target, {Listed(wanted)} expected");
            else if (person.Permissions.Count == 0)
                mapped.Add(person.Email);
        }

        differences.AddRange(target.Where(t => source.All(s => !string.Equals(s.Email, t.Email, StringComparison.OrdinalIgnoreCase)))
            .Select(t => $"{t.Email} extra on the target"));
        if (differences.Count > 0)
            return new ParityCheckLine(property, ParityOutcome.Differs, string.Join("; ", differences));
        var shape = source.Count == 0 ? "no collaborators on either" : string.Join(", ", source.Select(p => $"{p.Email} ({Listed(p.TeamAppPermissions)})"));
        return mapped.Count == 0
            ? new ParityCheckLine(property, ParityOutcome.Same, shape)
            : new ParityCheckLine(property, ParityOutcome.AsPlanned, $"{shape} (as planned: personal-app collaborators get {Listed(CollaboratorInfo.PersonalAppEquivalent)})");
    }

    /// <summary>By URL (shown by host), with the same entities and level; secrets cannot be compared.</summary>
    private static ParityCheckLine Webhooks(IReadOnlyList<WebhookInfo> source, IReadOnlyList<WebhookInfo> target)
    {
        static string Shape(WebhookInfo hook) => $"{string.Join("+", hook.Include.Order(StringComparer.Ordinal))} → {hook.Host} ({hook.Level})";
        var compared = SetComparison.Of(source.Select(Key), target.Select(Key));
        if (compared.Same)
            return new ParityCheckLine("Webhooks", ParityOutcome.Same, source.Count == 0 ? "none on either" : string.Join(", ", source.Select(Shape)));
        var byKey = source.Concat(target).GroupBy(Key).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return new ParityCheckLine("Webhooks", ParityOutcome.Differs, compared.Differences(k => Shape(byKey[k])));

        static string Key(WebhookInfo hook) => $"{hook.Url}\n{string.Join("+", hook.Include.Order(StringComparer.Ordinal))}\n{hook.Level}";
    }

    private static ParityCheckLine Pipeline(PipelineStageInfo? source, PipelineStageInfo? target) =>
        (source, target) switch
        {
            (null, null) => new ParityCheckLine("Pipeline", ParityOutcome.Same, "in no pipeline"),
            (not null, not null) when source == target =>
                new ParityCheckLine("Pipeline", ParityOutcome.Same, $"{source.Pipeline} ({source.Stage}); the source leaves it at decommission"),
            (not null, null) => new ParityCheckLine("Pipeline", ParityOutcome.Differs, $"the source is in {source.Pipeline} ({source.Stage}), the target in none"),
            _ => new ParityCheckLine("Pipeline", ParityOutcome.Differs,
                $"the source is in {source?.Pipeline ?? "no pipeline"} ({source?.Stage ?? "-"}), the target in {target!.Pipeline} ({target.Stage})"),
        };

    private static string Listed(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);

    internal static string Count(int count, string noun) => $"{Number(count)} {noun}{(count == 1 ? "" : "s")}";

    internal static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
