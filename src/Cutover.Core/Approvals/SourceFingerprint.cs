using System.Text.Json;

namespace Cutover.Core.Approvals;

/// <summary>
/// What an approval request showed of the source app, in the parts the step watches: the newest release, each
/// process type's quantity and size, each add-on's plan, each custom domain's DNS target. Compared with a fresh read
/// when the approved step starts.
/// </summary>
public sealed record SourceFingerprint(IReadOnlyList<SourceFingerprint.Entry> Entries)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>One thing read: in <paramref name="Aspect"/>, <paramref name="Name"/> (a process type, an add-on, a hostname) had <paramref name="Value"/>.</summary>
    public sealed record Entry(SourceAspect Aspect, string Name, string Value);

    /// <summary>The release version, the formation, the add-ons and the custom domains, in the parts <paramref name="aspects"/> names.</summary>
    public static SourceFingerprint Of(SourceAspect aspects, ReleaseInfo? release, IEnumerable<FormationEntry> formation,
        IEnumerable<AddonInfo> addons, IEnumerable<DomainInfo> domains)
    {
        var entries = new List<Entry>();
        if (aspects.HasFlag(SourceAspect.Release))
            entries.Add(new(SourceAspect.Release, "release", release is null ? "none" : $"v{release.Version.ToString(CultureInfo.InvariantCulture)}"));
        if (aspects.HasFlag(SourceAspect.Formation))
            entries.AddRange(formation.Select(f => new Entry(SourceAspect.Formation, f.Type, $"{f.Quantity.ToString(CultureInfo.InvariantCulture)} × {f.Size}")));
        if (aspects.HasFlag(SourceAspect.Addons))
            entries.AddRange(addons.Select(a => new Entry(SourceAspect.Addons, a.Name, $"{a.Service}:{a.Plan}")));
        if (aspects.HasFlag(SourceAspect.Domains))
            entries.AddRange(domains.Select(d => new Entry(SourceAspect.Domains, d.Hostname, d.Cname ?? "no DNS target")));
        return new([.. entries.OrderBy(e => e.Aspect).ThenBy(e => e.Name, StringComparer.Ordinal)]);
    }

    /// <summary>What changed from this (what was approved) to <paramref name="now"/>, one line each; empty when nothing did.</summary>
    public IReadOnlyList<string> ChangesTo(SourceFingerprint now)
    {
        ArgumentNullException.ThrowIfNull(now);
        var before = Entries.ToDictionary(e => (e.Aspect, e.Name));
        var after = now.Entries.ToDictionary(e => (e.Aspect, e.Name));
        var changes = new List<string>();
        foreach (var entry in Entries)
        {
            if (!after.TryGetValue((entry.Aspect, entry.Name), out var current))
                changes.Add($"{Noun(entry)} removed (was {entry.Value})");
            else if (!string.Equals(current.Value, entry.Value, StringComparison.Ordinal))
                changes.Add($"{Noun(entry)}: {entry.Value} → {current.Value}");
        }

        changes.AddRange(now.Entries.Where(e => !before.ContainsKey((e.Aspect, e.Name))).Select(e => $"{Noun(e)} added ({e.Value})"));
        return changes;
    }

    /// <summary>One line per aspect, for the approval request: <c>release v12</c>, <c>formation web 2 × Standard-1X, …</c>.</summary>
    public string Describe() =>
        string.Join("\n", Entries.GroupBy(e => e.Aspect).Select(g => g.Key switch
        {
            SourceAspect.Release => $"release {g.First().Value}",
            SourceAspect.Formation => "formation " + string.Join(", ", g.Select(e => $"{e.Name} {e.Value}")),
            SourceAspect.Addons => "add-ons " + string.Join(", ", g.Select(e => $"{e.Name} ({e.Value})")),
            _ => "domains " + string.Join(", ", g.Select(e => e.Name)),
        }).DefaultIfEmpty("nothing of what it watches (no formation, add-ons or domains)"));

    public string ToJson() => JsonSerializer.Serialize(Entries, Json);

    public static SourceFingerprint FromJson(string json) =>
        new(JsonSerializer.Deserialize<List<Entry>>(json, Json) ?? []);

    private static string Noun(Entry entry) => entry.Aspect switch
    {
        SourceAspect.Release => "release",
        SourceAspect.Formation => $"process type {entry.Name}",
        SourceAspect.Addons => $"add-on {entry.Name}",
        _ => $"domain {entry.Name}",
    };
}
