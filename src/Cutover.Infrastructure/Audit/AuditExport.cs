namespace Cutover.Infrastructure.Audit;

/// <summary>A run's audit as a file: CSV (RFC 4180, one event a row) or JSON (an array of objects), with the same columns.</summary>
public static class AuditExport
{
    public static readonly IReadOnlyList<string> Columns = ["at", "actor", "action", "step", "version", "before", "after", "detail"];

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Csv(IReadOnlyList<AuditEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var csv = new StringBuilder();
        csv.AppendJoin(',', Columns).Append("\r\n");
        foreach (var e in events)
            csv.AppendJoin(',', Row(e).Select(Cell)).Append("\r\n");
        return csv.ToString();
    }

    public static string Json(IReadOnlyList<AuditEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var rows = events.Select(e => Columns.Zip(Row(e)).ToDictionary(p => p.First, p => p.Second));
        return JsonSerializer.Serialize(rows, Indented);
    }

    private static string?[] Row(AuditEvent e) =>
    [
        e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture), e.Actor, e.Action, e.StepId,
        e.StepVersion?.ToString(CultureInfo.InvariantCulture), e.Before, e.After, e.Detail,
    ];

    /// <summary>
    /// A quoted cell when it needs one; a cell a spreadsheet would read as a formula (<c>= + - @</c>, tab, carriage
    /// return) gets a leading apostrophe first, so opening the file never runs anything.
    /// </summary>
    private static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
            return string.Empty;
        if (value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
            value = "'" + value;
        return value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
    }
}
