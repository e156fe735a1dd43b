namespace Cutover.Sandbox.Heroku.Http;

/// <summary>
/// A parsed <c>Range</c> header: <c>&lt;field&gt; [&lt;]&gt;]&lt;first&gt;..&lt;last&gt;[&lt;[&gt;]; max=&lt;n&gt;, order=&lt;asc|desc&gt;</c>.
/// <c>]</c> before the first value excludes it (that is how <c>Next-Range</c> continues); default page 200, at most 1000.
/// </summary>
internal sealed record RangeRequest(string Field, string? First, bool FirstExclusive, string? Last, bool LastExclusive, int Max, bool Descending)
{
    public const int DefaultMax = 200;
    public const int MaxMax = 1000;

    public static RangeRequest Parse(string? header, string defaultField)
    {
        if (string.IsNullOrWhiteSpace(header))
            return new RangeRequest(defaultField, null, false, null, false, DefaultMax, false);
        var separator = header.IndexOfAny([';', ',']);
        var spec = (separator < 0 ? header : header[..separator]).Trim();
        var parameters = separator < 0 ? [] : header[(separator + 1)..].Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var words = spec.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
            throw Invalid(header);
        var field = words[0];
        var bounds = words.Length > 1 ? words[1] : "..";
        var dots = bounds.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
            throw Invalid(header);
        var first = bounds[..dots];
        var last = bounds[(dots + 2)..];
        var firstExclusive = first.StartsWith(']');
        var lastExclusive = last.EndsWith('[');
        first = first.TrimStart(']');
        last = last.TrimEnd('[');
        var max = DefaultMax;
        var descending = false;
        foreach (var parameter in parameters)
        {
            var pair = parameter.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2)
                throw Invalid(header);
            switch (pair[0])
            {
                case "max" when int.TryParse(pair[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                    max = Math.Min(n, MaxMax);
                    break;
                case "order" when pair[1] is "asc" or "desc":
                    descending = pair[1] == "desc";
                    break;
                default:
                    throw Invalid(header);
            }
        }

        return new RangeRequest(field, first.Length == 0 ? null : first, firstExclusive, last.Length == 0 ? null : last, lastExclusive, max, descending);
    }

    private static HerokuApiException Invalid(string header) =>
        HerokuApiException.RangeNotSatisfiable($"Invalid Range header \"{header}\". Expected e.g. \"id ..; max=200\" or \"version ..; max=10, order=desc\".");
}
