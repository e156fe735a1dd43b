using System.Text;

namespace Cutover.Chat.Slack.BlockKit;

/// <summary>
/// Turns a (label, multi-line value) into as many mrkdwn sections as it needs: lines are kept whole while they
/// fit in <see cref="BlockKitLimits.SectionText"/>, and a single longer line is cut between characters (never
/// inside an entity). All text is escaped.
/// </summary>
internal static class SectionSplitter
{
    private const int MaxLabel = 200;

    public static IEnumerable<RenderedChunk> Split(string? label, string value, int max = BlockKitLimits.SectionText)
    {
        var heading = string.IsNullOrWhiteSpace(label) ? null : $"*{Mrkdwn.EscapeTruncated(PlainText.OneLine(label), MaxLabel)}*";
        var lines = value.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        if (lines is [""])
            lines = [];
        var current = new StringBuilder(heading);
        var started = 0;

        foreach (var line in lines)
        {
            var escaped = Mrkdwn.Escape(line);
            var separator = current.Length > 0 ? 1 : 0;
            if (current.Length + separator + escaped.Length <= max)
            {
                Append(current, escaped);
                started++;
                continue;
            }

            if (current.Length > 0)
            {
                yield return Chunk(current, started);
                current.Clear();
                started = 0;
            }

            if (escaped.Length <= max)
            {
                current.Append(escaped);
                started = 1;
                continue;
            }

            // One line longer than a whole section: cut it into full sections, the last piece stays open.
            var rest = line;
            started = 1;
            while (Mrkdwn.Escape(rest).Length > max)
            {
                var piece = Mrkdwn.EscapePrefix(rest, max, out var consumed);
                yield return new RenderedChunk(new SectionBlock(TextObject.Markdown(piece)), started);
                started = 0;
                rest = rest[consumed..];
            }

            current.Append(Mrkdwn.Escape(rest));
        }

        if (current.Length > 0 && !string.IsNullOrWhiteSpace(current.ToString()))
            yield return Chunk(current, started);
    }

    private static void Append(StringBuilder current, string escaped)
    {
        if (current.Length > 0)
            current.Append('\n');
        current.Append(escaped);
    }

    private static RenderedChunk Chunk(StringBuilder text, int lines) =>
        new(new SectionBlock(TextObject.Markdown(text.ToString())), lines);
}
