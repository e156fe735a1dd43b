namespace Cutover.Chat.Slack.BlockKit;

/// <summary>Length handling for <c>plain_text</c> (shown literally, so never escaped).</summary>
internal static class PlainText
{
    /// <summary><paramref name="text"/> cut to <paramref name="max"/> characters with an ellipsis, never splitting a surrogate pair.</summary>
    public static string Truncate(string text, int max)
    {
        if (text.Length <= max)
            return text;
        var cut = max - 1;
        if (cut > 0 && char.IsHighSurrogate(text[cut - 1]))
            cut--;
        return string.Concat(text.AsSpan(0, cut), "…");
    }

    /// <summary>A required plain text (button label, dialog text): non-blank, cut to <paramref name="max"/>.</summary>
    public static TextObject Required(string text, int max, string what)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ArgumentException($"{what} must not be blank: Slack rejects empty plain_text.", nameof(text));
        return TextObject.Plain(Truncate(OneLine(text), max));
    }

    /// <summary>Line breaks as spaces (headers, labels and buttons are single-line).</summary>
    public static string OneLine(string text) => text.ReplaceLineEndings(" ");
}
