namespace Cutover.Chat.Teams.Cards;

/// <summary>
/// Makes text literal inside an Adaptive Card <c>TextBlock</c> or <c>FactSet</c>, which interpret a CommonMark subset
/// (<c>**bold**</c>, <c>_italic_</c>, <c>- </c>/<c>1. </c> lists, <c>[title](url)</c>) and the
/// <c>{{DATE(…)}}</c>/<c>{{TIME(…)}}</c> functions. Markup characters get a CommonMark backslash escape; an
/// underscore inside a word (<c>DOTNET_gcServer</c>) cannot start emphasis and stays as it is, and <c>{{</c> is broken
/// with a zero-width space so no function runs.
/// </summary>
public static class CardText
{
    private const char ZeroWidthSpace = '\u200B';

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return string.Empty;
        var escaped = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var previous = i > 0 ? text[i - 1] : '\n';
            var next = i + 1 < text.Length ? text[i + 1] : '\n';
            switch (c)
            {
                case '\\' or '*' or '[' or ']' or '`' or '~' or '<':
                case '_' when !(char.IsLetterOrDigit(previous) && char.IsLetterOrDigit(next)):
                case '-' or '+' or '#' or '>' when AtLineStart(text, i) && (next == ' ' || next == '\t'):
                case '.' or ')' when next == ' ' && OnlyDigitsBefore(text, i):
                    escaped.Append('\\').Append(c);
                    break;
                case '{' when next == '{':
                    escaped.Append(c).Append(ZeroWidthSpace);
                    break;
                default:
                    escaped.Append(c);
                    break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Only spaces between the previous line break (or the start) and <paramref name="index"/>.</summary>
    private static bool AtLineStart(string text, int index)
    {
        for (var i = index - 1; i >= 0 && text[i] != '\n'; i--)
        {
            if (text[i] != ' ')
                return false;
        }

        return true;
    }

    /// <summary>A list number: one or more digits from the start of the line up to <paramref name="index"/>.</summary>
    private static bool OnlyDigitsBefore(string text, int index)
    {
        var start = index;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
            start--;
        return start < index && AtLineStart(text, start);
    }
}
