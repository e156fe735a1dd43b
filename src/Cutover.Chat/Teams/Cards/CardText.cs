namespace Cutover.Chat.Teams.Cards;

/// <summary>
/// Makes text literal inside an Adaptive Card <c>TextBlock</c> or <c>FactSet</c>, which interpret a CommonMark subset
/// (<c>**bold**</c>, <c>_italic_</c>, <c>- </c>/<c>1. </c> lists, <c>[title](url)</c>), Teams' <c>&lt;at&gt;</c> mentions
/// and the <c>{{DATE(…)}}</c>/<c>{{TIME(…)}}</c> functions. No backslash escapes: several Teams clients show them
/// literally (<c>\&lt;app&gt;</c>). Instead markup is broken where it starts with a zero-width space, which no client shows:
/// after <c>&lt;</c> (no tag), before a list or heading marker at the start of a line, between a list number and its
/// <c>.</c>, between <c>]</c> and <c>(</c> (no link), on the outer side of an <c>_</c> at a word's edge (it then counts
/// as inside a word, which cannot open or close emphasis) and inside <c>{{</c>. An asterisk, which emphasises even
/// inside a word, is shown as the asterisk operator <c>∗</c>. Backslashes, backticks and tildes are not markup in cards.
/// </summary>
public static class CardText
{
    private const char ZeroWidthSpace = '\u200B';

    /// <summary>What an asterisk is shown as: it looks the same and never starts emphasis.</summary>
    public const char Asterisk = '\u2217';

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
                case '*':
                    escaped.Append(Asterisk);
                    break;
                case '<':
                case '{' when next == '{':
                case ']' when next == '(':
                    escaped.Append(c).Append(ZeroWidthSpace);
                    break;
                case '_':
                    if (!char.IsLetterOrDigit(previous))
                        escaped.Append(ZeroWidthSpace);
                    escaped.Append(c);
                    if (!char.IsLetterOrDigit(next))
                        escaped.Append(ZeroWidthSpace);
                    break;
                case '-' or '+' or '#' or '>' when AtLineStart(text, i) && (next == ' ' || next == '\t'):
                case '.' or ')' when next == ' ' && OnlyDigitsBefore(text, i):
                    escaped.Append(ZeroWidthSpace).Append(c);
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
