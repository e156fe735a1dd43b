namespace Cutover.Chat.Slack.BlockKit;

/// <summary>
/// Turns a (label, multi-line value) into as many mrkdwn sections as it needs: lines are kept whole while they
/// fit in <see cref="BlockKitLimits.SectionText"/>, and a single longer line is cut between characters (never
/// inside an entity). All text is escaped.
/// </summary>
internal static class SectionSplitter
{
    private const int MaxLabel = 200;

    /// <summary>A long line starts in the current section only if at least this much room is left there.</summary>
    private const int MinPiece = 200;

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

            if (escaped.Length <= max)
            {
                yield return Chunk(current, started);
                current.Clear().Append(escaped);
                started = 1;
                continue;
            }

            // One line longer than a whole section: fill what is left of this section, then whole sections;
            // the last piece stays open for the next lines.
            var rest = line;
            var room = current.Length == 0 ? max : max - current.Length - 1;
            var counted = false;
            if (room >= MinPiece)
            {
                Append(current, Mrkdwn.EscapePrefix(rest, room, out var consumed));
                rest = rest[consumed..];
                counted = true;
            }

            yield return Chunk(current, started + (counted ? 1 : 0));
            current.Clear();
            started = 0;
            while (Mrkdwn.Escape(rest).Length > max)
            {
                var piece = Mrkdwn.EscapePrefix(rest, max, out var consumed);
                yield return new RenderedChunk(new SectionBlock(TextObject.Markdown(piece)), counted ? 0 : 1);
                counted = true;
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
