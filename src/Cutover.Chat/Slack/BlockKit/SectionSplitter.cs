namespace Cutover.Chat.Slack.BlockKit;

/// <summary>
/// Turns a (label, multi-line value) into as many mrkdwn sections as it needs: lines are kept whole while they
/// fit in <see cref="BlockKitLimits.SectionText"/>, and a single longer line is cut between characters (never
/// inside an entity). Code survives the cuts: a <c>```</c> block split between sections is closed at the end of one
/// and opened again at the start of the next, and an inline <c>`code`</c> span cut inside a long line is closed and
/// reopened the same way. All text is escaped.
/// </summary>
internal static class SectionSplitter
{
    private const int MaxLabel = 200;

    /// <summary>A long line starts in the current section only if at least this much room is left there.</summary>
    private const int MinPiece = 200;

    private const string Fence = "```";

    public static IEnumerable<RenderedChunk> Split(string? label, string value, int max = BlockKitLimits.SectionText)
    {
        var heading = string.IsNullOrWhiteSpace(label) ? null : $"*{Mrkdwn.EscapeTruncated(PlainText.OneLine(label), MaxLabel)}*";
        var lines = value.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        if (lines is [""])
            lines = [];
        var current = new StringBuilder(heading);
        var started = 0;
        var inFence = false;

        foreach (var line in lines)
        {
            var escaped = Mrkdwn.Escape(line);
            var fenceAfter = inFence ^ (Occurrences(line, Fence) % 2 == 1);
            // Room is kept to close a block that is still open after this line.
            var limit = max - (fenceAfter ? Fence.Length + 1 : 0);
            var separator = current.Length > 0 ? 1 : 0;
            if (current.Length + separator + escaped.Length <= limit)
            {
                Append(current, escaped);
                started++;
                inFence = fenceAfter;
                continue;
            }

            if (escaped.Length + (inFence ? Fence.Length + 1 : 0) <= limit)
            {
                yield return Chunk(current, started, inFence);
                current.Clear();
                if (inFence)
                    current.Append(Fence);
                Append(current, escaped);
                started = 1;
                inFence = fenceAfter;
                continue;
            }

            // One line longer than a whole section: fill what is left of this section, then whole sections;
            // the last piece stays open for the next lines. A cut inside `code` closes it and opens it again.
            var closing = inFence ? Fence.Length + 1 : 0;
            var opening = inFence ? Fence + "\n" : string.Empty;
            var rest = line;
            var room = current.Length == 0 ? max : max - current.Length - 1;
            var counted = false;
            var reopen = string.Empty;
            if (room >= MinPiece)
            {
                (var piece, var consumed, reopen) = Cut(rest, string.Empty, room - closing, inFence);
                Append(current, piece);
                rest = rest[consumed..];
                counted = true;
            }

            yield return Chunk(current, started + (counted ? 1 : 0), inFence);
            current.Clear();
            started = 0;
            while ((opening + reopen + Mrkdwn.Escape(rest)).Length > limit)
            {
                var (piece, consumed, next) = Cut(rest, reopen, max - opening.Length - closing, inFence);
                yield return new RenderedChunk(new SectionBlock(TextObject.Markdown(Closed(opening + piece, inFence))), counted ? 0 : 1);
                counted = true;
                rest = rest[consumed..];
                reopen = next;
            }

            current.Append(opening).Append(reopen).Append(Mrkdwn.Escape(rest));
            inFence = fenceAfter;
        }

        if (current.Length > 0 && !string.IsNullOrWhiteSpace(current.ToString()))
            yield return Chunk(current, started, closeFence: false);
    }

    /// <summary>
    /// The escaped prefix of <paramref name="text"/> that fits <paramref name="budget"/> after <paramref name="before"/>;
    /// when it ends inside an inline code span (an odd number of backticks outside a block) it is cut one character
    /// shorter and closed, and <c>Reopen</c> opens the span again in the next piece.
    /// </summary>
    private static (string Piece, int Consumed, string Reopen) Cut(string text, string before, int budget, bool inFence)
    {
        var piece = before + Mrkdwn.EscapePrefix(text, budget - before.Length, out var consumed);
        if (inFence || Occurrences(piece, "`") % 2 == 0)
            return (piece, consumed, string.Empty);
        piece = before + Mrkdwn.EscapePrefix(text, budget - before.Length - 1, out consumed);
        return Occurrences(piece, "`") % 2 == 0 ? (piece, consumed, string.Empty) : (piece + "`", consumed, "`");
    }

    private static string Closed(string text, bool inFence) => inFence ? text + "\n" + Fence : text;

    private static int Occurrences(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static void Append(StringBuilder current, string escaped)
    {
        if (current.Length > 0)
            current.Append('\n');
        current.Append(escaped);
    }

    private static RenderedChunk Chunk(StringBuilder text, int lines, bool closeFence) =>
        new(new SectionBlock(TextObject.Markdown(Closed(text.ToString(), closeFence))), lines);
}
