namespace Cutover.Chat.Slack.BlockKit;

/// <summary>
/// Slack mrkdwn escaping (<see href="https://api.slack.com/reference/surfaces/formatting#escaping">formatting: escaping</see>):
/// <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> become entities so user text can never form a mention, link or
/// broadcast (<c>&lt;!channel&gt;</c>). Nothing else is encoded.
/// </summary>
public static class Mrkdwn
{
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny('&', '<', '>') < 0)
            return text;
        var escaped = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            escaped.Append(Entity(c) ?? c.ToString());
        return escaped.ToString();
    }

    /// <summary>How many characters <paramref name="c"/> takes once escaped.</summary>
    internal static int EscapedLength(char c) => Entity(c)?.Length ?? 1;

    /// <summary>
    /// The escaped form of the longest prefix of <paramref name="text"/> whose escaped length is at most
    /// <paramref name="max"/>, never cutting an entity or a surrogate pair; <paramref name="consumed"/> is the
    /// number of raw characters it covers.
    /// </summary>
    internal static string EscapePrefix(string text, int max, out int consumed)
    {
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
            var cost = width == 2 ? 2 : EscapedLength(text[i]);
            if (length + cost > max)
                break;
            length += cost;
            i += width;
        }

        consumed = i;
        return Escape(text[..i]);
    }

    /// <summary>Escapes <paramref name="text"/>, cut with an ellipsis if the escaped form would exceed <paramref name="max"/>.</summary>
    internal static string EscapeTruncated(string text, int max)
    {
        var escaped = Escape(text);
        if (escaped.Length <= max)
            return escaped;
        return EscapePrefix(text, max - 1, out _) + "…";
    }

    private static string? Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        _ => null,
    };
}
