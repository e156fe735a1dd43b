namespace Cutover.Core.Parity;

/// <summary>Two sets of names, compared: what only the source has and what only the target has, in order.</summary>
internal sealed record SetComparison(IReadOnlyList<string> Both, IReadOnlyList<string> MissingOnTarget, IReadOnlyList<string> ExtraOnTarget)
{
    public bool Same => MissingOnTarget.Count == 0 && ExtraOnTarget.Count == 0;

    public static SetComparison Of(IEnumerable<string> source, IEnumerable<string> target, StringComparer? comparer = null)
    {
        comparer ??= StringComparer.Ordinal;
        var (from, to) = (source.Distinct(comparer).ToList(), target.Distinct(comparer).ToList());
        return new SetComparison(
            [.. from.Where(s => to.Contains(s, comparer))],
            [.. from.Where(s => !to.Contains(s, comparer))],
            [.. to.Where(t => !from.Contains(t, comparer))]);
    }

    /// <summary><c>missing on the target: a, b; extra on the target: c</c>, each item shown through <paramref name="show"/>.</summary>
    public string Differences(Func<string, string>? show = null)
    {
        show ??= s => s;
        var parts = new List<string>();
        if (MissingOnTarget.Count > 0)
            parts.Add($"missing on the target: {string.Join(", ", MissingOnTarget.Select(show))}");
        if (ExtraOnTarget.Count > 0)
            parts.Add($"extra on the target: {string.Join(", ", ExtraOnTarget.Select(show))}");
        return string.Join("; ", parts);
    }
}
