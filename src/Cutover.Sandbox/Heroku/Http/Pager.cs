namespace Cutover.Sandbox.Heroku.Http;

/// <summary>
/// Serves a list the way Heroku does: sorted and bounded by the <c>Range</c> header, 206 with
/// <c>Next-Range</c> when truncated, <c>Accept-Ranges</c> naming the sortable fields.
/// </summary>
internal static class Pager
{
    /// <summary>A sortable field: its key is a <see cref="long"/> or a <see cref="string"/>.</summary>
    public static IResult Page<T>(HttpContext http, IEnumerable<T> items, Func<T, JsonNode> render, params (string Name, Func<T, object> Key)[] fields)
    {
        var range = RangeRequest.Parse(http.Request.Headers.Range.ToString(), fields[0].Name);
        var field = fields.FirstOrDefault(f => f.Name == range.Field);
        var names = string.Join(", ", fields.Select(f => f.Name));
        http.Response.Headers.AcceptRanges = names;
        if (field.Key is null)
            throw HerokuApiException.RangeNotSatisfiable($"Invalid range: {range.Field} is not a sortable field here. Accept-Ranges: {names}.");

        var keyed = items.Select(item => (Item: item, Key: field.Key(item))).ToList();
        keyed.Sort((a, b) => Compare(a.Key, b.Key));
        if (range.Descending)
            keyed.Reverse();
        var direction = range.Descending ? -1 : 1;
        var selected = keyed
            .Where(k => range.First is null || Within(Compare(k.Key, Bound(k.Key, range.First)) * direction, range.FirstExclusive))
            .Where(k => range.Last is null || Within(-Compare(k.Key, Bound(k.Key, range.Last)) * direction, range.LastExclusive))
            .Take(range.Max + 1)
            .ToList();
        var truncated = selected.Count > range.Max;
        var page = selected.Take(range.Max).ToList();
        if (page.Count > 0)
        {
            http.Response.Headers.ContentRange = $"{range.Field} {Text(page[0].Key)}..{Text(page[^1].Key)}";
            if (truncated)
                http.Response.Headers["Next-Range"] = $"{range.Field} ]{Text(page[^1].Key)}..; max={range.Max}{(range.Descending ? ", order=desc" : string.Empty)}";
        }

        var body = new JsonArray([.. page.Select(k => render(k.Item))]);
        return HerokuResults.Json(body, truncated ? StatusCodes.Status206PartialContent : StatusCodes.Status200OK);
    }

    private static bool Within(int comparison, bool exclusive) => exclusive ? comparison > 0 : comparison >= 0;

    private static object Bound(object key, string text) =>
        key is long
            ? long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number)
                ? number
                : throw HerokuApiException.RangeNotSatisfiable($"Invalid range value \"{text}\": expected a number.")
            : text;

    private static int Compare(object a, object b) =>
        a is long x && b is long y ? x.CompareTo(y) : string.CompareOrdinal(Text(a), Text(b));

    private static string Text(object key) => key is long n ? n.ToString(CultureInfo.InvariantCulture) : (string)key;
}
