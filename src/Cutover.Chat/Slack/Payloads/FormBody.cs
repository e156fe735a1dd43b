namespace Cutover.Chat.Slack.Payloads;

/// <summary>Parses <c>application/x-www-form-urlencoded</c> bodies (the first occurrence of a name wins).</summary>
internal static class FormBody
{
    public static Dictionary<string, string> Parse(string body)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in body.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var separator = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(separator < 0 ? pair : pair[..separator]);
            var value = separator < 0 ? string.Empty : Decode(pair[(separator + 1)..]);
            fields.TryAdd(name, value);
        }

        return fields;
    }

    private static string Decode(string text) => WebUtility.UrlDecode(text);
}
