using System.Diagnostics.CodeAnalysis;

namespace Cutover.Infrastructure.Heroku;

/// <summary>
/// A Platform API <c>Range</c> header value, <c>&lt;field&gt; [first]..[last][; max=N][, order=desc]</c>
/// (<see href="https://devcenter.heroku.com/articles/platform-api-reference#ranges">Platform API: Ranges</see>).
/// A truncated list answers <c>206</c> with a <c>Next-Range</c> header to send verbatim as the next <c>Range</c>.
/// </summary>
/// <param name="Field">The field the list is ordered by, e.g. <c>id</c> or <c>version</c>.</param>
/// <param name="First">First value, verbatim (a leading <c>]</c> means exclusive); null for open.</param>
/// <param name="Last">Last value, verbatim; null for open.</param>
/// <param name="Max">Page size (Heroku's default 200, maximum 1000); null for the default.</param>
/// <param name="Descending">Newest / largest first (<c>order=desc</c>).</param>
public sealed record HerokuRange(string Field, string? First = null, string? Last = null, int? Max = null, bool Descending = false)
{
    /// <summary>The response header with the range of the next page.</summary>
    public const string NextRangeHeader = "Next-Range";

    /// <summary>The newest <paramref name="max"/> items by <paramref name="field"/>: <c>version ..; max=1, order=desc</c>.</summary>
    public static HerokuRange Newest(string field, int max = 1) => new(field, Max: max, Descending: true);

    /// <summary>The header value, in the form the CLI sends.</summary>
    public override string ToString()
    {
        var text = new StringBuilder().Append(Field).Append(' ').Append(First).Append("..").Append(Last);
        var parameters = new List<string>(2);
        if (Max is { } max)
            parameters.Add(string.Create(CultureInfo.InvariantCulture, $"max={max}"));
        if (Descending)
            parameters.Add("order=desc");
        if (parameters.Count > 0)
            text.Append("; ").AppendJoin(", ", parameters);
        return text.ToString();
    }

    /// <summary>Parses a <c>Range</c> or <c>Next-Range</c> value; false when it has no field or no <c>..</c>.</summary>
    public static bool TryParse(string? value, [NotNullWhen(true)] out HerokuRange? range)
    {
        range = null;
        if (string.IsNullOrWhiteSpace(value))
            return false;
        var parts = value.Split(';', 2);
        var head = parts[0].Trim();
        var space = head.IndexOf(' ', StringComparison.Ordinal);
        var field = space < 0 ? head : head[..space];
        var bounds = space < 0 ? string.Empty : head[(space + 1)..].Trim();
        var dots = bounds.IndexOf("..", StringComparison.Ordinal);
        if (field.Length == 0 || field.Contains("..", StringComparison.Ordinal) || dots < 0)
            return false;

        int? max = null;
        var descending = false;
        var options = parts.Length > 1 ? parts[1] : string.Empty;
        foreach (var option in options.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = option.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2)
                return false;
            if (pair[0].Equals("max", StringComparison.OrdinalIgnoreCase))
            {
                if (!int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var size) || size <= 0)
                    return false;
                max = size;
            }
            else if (pair[0].Equals("order", StringComparison.OrdinalIgnoreCase))
            {
                descending = pair[1].Equals("desc", StringComparison.OrdinalIgnoreCase);
            }
        }

        range = new HerokuRange(field, NullIfEmpty(bounds[..dots]), NullIfEmpty(bounds[(dots + 2)..]), max, descending);
        return true;
    }

    /// <summary>The <c>Next-Range</c> header of a response, verbatim, or null when absent or blank.</summary>
    public static string? NextRange(HttpResponseHeaders headers) =>
        headers.TryGetValues(NextRangeHeader, out var values)
        && values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)) is { } next
            ? next.Trim()
            : null;

    private static string? NullIfEmpty(string text) => text.Trim() is { Length: > 0 } trimmed ? trimmed : null;
}
