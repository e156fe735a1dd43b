namespace Cutover.Steps.MaintenanceOn;

/// <summary>The writers' quantities as recorded in <see cref="MaintenanceOnStep.WritersFact"/>: <c>worker=1,clock=1</c>.</summary>
internal static class Writers
{
    public static SortedDictionary<string, int> Parse(string? value)
    {
        var writers = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var pair in (value ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2 && int.TryParse(parts[1], CultureInfo.InvariantCulture, out var quantity))
                writers[parts[0]] = quantity;
        }

        return writers;
    }

    public static string Format(IEnumerable<KeyValuePair<string, int>> writers) =>
        string.Join(",", writers.Select(w => FormattableString.Invariant($"{w.Key}={w.Value}")));
}
