namespace Cutover.Chat.Slack.BlockKit;

/// <summary>
/// Renders a channel-neutral <see cref="ChatMessage"/> as Block Kit: a header with the status emoji, the
/// mentions, the text, the fields (short one-line fields two per row, longer ones as their own sections) and a
/// row of buttons. All user text is mrkdwn-escaped, and every Slack limit is kept: content that would exceed
/// 50 blocks is cut with a "(…truncated, N more lines)" note, never the buttons.
/// </summary>
public static partial class BlockKitRenderer
{
    /// <summary>A field whose value is one line of at most this many characters goes into the two-column grid.</summary>
    public const int ShortFieldLength = 80;

    /// <summary>
    /// Rows of buttons a message may carry: 25 buttons each, and a new row wherever an action id repeats (Slack wants
    /// them unique per block). The rest of the 50 blocks is left for content.
    /// </summary>
    public const int MaxActionRows = 20;

    public static SlackMessageContent Render(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var emoji = OwnsMarker(message.Title) ? string.Empty : StatusEmoji(message.Status) + " ";
        var header = new HeaderBlock(TextObject.Plain(PlainText.Truncate(emoji + PlainText.OneLine(MessagePeople.Replace(message.Title, u => u.Id)), BlockKitLimits.HeaderText)));
        var mentions = JoinWithin(message.Mentions.Select(Mention), BlockKitLimits.SectionText);
        var actions = Actions(message.Actions);

        var content = new List<RenderedChunk>();
        if (message.Text is { } text)
            content.AddRange(SectionSplitter.Split(null, text));
        content.AddRange(Fields(message.Fields));

        var blocks = new List<Block> { header };
        if (mentions.Length > 0)
            blocks.Add(new SectionBlock(TextObject.Markdown(mentions)));
        var budget = BlockKitLimits.BlocksPerMessage - blocks.Count - actions.Count;
        if (content.Count <= budget)
        {
            blocks.AddRange(content.Select(c => c.Block));
        }
        else
        {
            blocks.AddRange(content.Take(budget - 1).Select(c => c.Block));
            blocks.Add(TruncationNote(content.Skip(budget - 1).Sum(c => c.Lines)));
        }

        blocks.AddRange(actions);
        return new SlackMessageContent(Fallback(emoji, message, mentions), blocks);
    }

    /// <summary>
    /// Whether the title starts with its own marker (<c>✓ Step 3 … succeeded</c>, <c>▶ … is running</c>): then no status
    /// emoji goes in front of it, so a line never carries two icons.
    /// </summary>
    public static bool OwnsMarker(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var first = title.TrimStart();
        return first.Length > 0 && !char.IsLetterOrDigit(first[0]) && first[0] is not ('*' or '_' or '`' or '<' or '(' or '"' or '\'' or ':');
    }

    /// <summary>The emoji shown in front of the title for each status.</summary>
    public static string StatusEmoji(MessageStatus status) => status switch
    {
        MessageStatus.Info => ":information_source:",
        MessageStatus.Pending => ":hourglass_flowing_sand:",
        MessageStatus.Success => ":white_check_mark:",
        MessageStatus.Warning => ":warning:",
        MessageStatus.Failure => ":x:",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>
    /// <c>&lt;@U…&gt;</c> for a Slack user id, <c>&lt;!subteam^S…&gt;</c> for a Slack user group id; anything else (an
    /// id from another platform, free text) is shown escaped as <c>@text</c> so it can never become a mention or a broadcast.
    /// </summary>
    public static string Mention(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        if (SlackUserId().IsMatch(userId))
            return $"<@{userId}>";
        return SlackUserGroupId().IsMatch(userId) ? $"<!subteam^{userId}>" : "@" + Mrkdwn.Escape(PlainText.OneLine(userId));
    }

    /// <summary>
    /// Escaped mrkdwn with each qualified id (<see cref="MessagePeople"/>) shown Slack's way: a Slack user as a
    /// <see cref="Mention"/>, which Slack displays as their name; anyone else by their bare id (the notifier has already put
    /// the names it knows in their place).
    /// </summary>
    public static string People(string mrkdwn) =>
        MessagePeople.Replace(mrkdwn, user => user.Platform == ChatChannel.Slack ? Mention(user.Id) : user.Id);

    private static IEnumerable<RenderedChunk> Fields(IReadOnlyList<MessageField> fields)
    {
        var grid = new List<TextObject>();
        foreach (var field in fields)
        {
            if (string.IsNullOrWhiteSpace(field.Label) && string.IsNullOrWhiteSpace(field.Value))
                continue;
            if (IsShort(field))
            {
                if (grid.Count == BlockKitLimits.FieldsPerSection)
                {
                    yield return Grid(grid);
                    grid = [];
                }

                grid.Add(TextObject.Markdown(FieldText(field)));
                continue;
            }

            if (grid.Count > 0)
            {
                yield return Grid(grid);
                grid = [];
            }

            foreach (var chunk in SectionSplitter.Split(field.Label, field.Value))
                yield return chunk;
        }

        if (grid.Count > 0)
            yield return Grid(grid);
    }

    private static bool IsShort(MessageField field) =>
        field.Value.Length <= ShortFieldLength && field.Label.Length <= ShortFieldLength
        && field.Value.AsSpan().IndexOfAny('\r', '\n') < 0;

    private static string FieldText(MessageField field)
    {
        var label = string.IsNullOrWhiteSpace(field.Label) ? null : $"*{Mrkdwn.Escape(PlainText.OneLine(field.Label))}*";
        var value = Mrkdwn.Escape(field.Value);
        return label is null ? value : value.Length == 0 ? label : $"{label}\n{value}";
    }

    private static RenderedChunk Grid(List<TextObject> fields) => new(new SectionBlock(null, fields), fields.Count);

    private static ContextBlock TruncationNote(int lines)
    {
        var note = lines == 0
            ? "_(…truncated)_"
            : $"_(…truncated, {lines.ToString(CultureInfo.InvariantCulture)} more line{(lines == 1 ? string.Empty : "s")})_";
        return new ContextBlock([TextObject.Markdown(note)]);
    }

    private static List<ActionsBlock> Actions(IReadOnlyList<MessageAction> actions)
    {
        var rows = new List<ActionsBlock>();
        var row = new List<ButtonElement>();
        foreach (var action in actions)
        {
            if (row.Count == BlockKitLimits.ElementsPerActions || row.Any(b => b.ActionId == action.ActionId))
            {
                rows.Add(new ActionsBlock(row));
                row = [];
            }

            row.Add(Button(action));
        }

        if (row.Count > 0)
            rows.Add(new ActionsBlock(row));
        if (rows.Count > MaxActionRows)
            throw new ArgumentException($"A Slack message carries at most {MaxActionRows} rows of buttons; this one needs {rows.Count}.", nameof(actions));
        return rows;
    }

    private static ButtonElement Button(MessageAction action)
    {
        if (string.IsNullOrWhiteSpace(action.ActionId) || action.ActionId.Length > BlockKitLimits.ActionId)
            throw new ArgumentException($"Action id must be 1..{BlockKitLimits.ActionId} characters.", nameof(action));
        var value = action.Payload.ToJson();
        if (value.Length > BlockKitLimits.ButtonValue)
            throw new ArgumentException($"Button value is {value.Length} characters; Slack allows {BlockKitLimits.ButtonValue}.", nameof(action));
        var style = action.Style switch
        {
            ActionStyle.Primary => "primary",
            ActionStyle.Danger => "danger",
            _ => null,
        };
        var confirm = action.Confirm is { } prompt
            ? new ConfirmObject(
                PlainText.Required(prompt.Title, BlockKitLimits.ConfirmTitle, "Confirm title"),
                PlainText.Required(prompt.Text, BlockKitLimits.ConfirmText, "Confirm text"),
                PlainText.Required(prompt.Confirm, BlockKitLimits.ConfirmButton, "Confirm button"),
                PlainText.Required(prompt.Deny, BlockKitLimits.ConfirmButton, "Deny button"))
            { Style = "danger" }
            : null;
        return new ButtonElement(action.ActionId, PlainText.Required(action.Label, BlockKitLimits.ButtonText, "Button label"), value, style, confirm);
    }

    private static string Fallback(string emoji, ChatMessage message, string mentions)
    {
        var head = emoji + Mrkdwn.EscapeTruncated(PlainText.OneLine(message.Title), BlockKitLimits.HeaderText);
        if (mentions.Length > 0)
            head += " " + JoinWithin(message.Mentions.Select(Mention), BlockKitLimits.FallbackText / 2 - head.Length);
        return People(string.IsNullOrEmpty(message.Text)
            ? head
            : $"{head}\n{Mrkdwn.EscapeTruncated(message.Text, BlockKitLimits.FallbackText - head.Length - 1)}");
    }

    /// <summary>Whole items joined by spaces, as many as fit in <paramref name="max"/> characters.</summary>
    private static string JoinWithin(IEnumerable<string> items, int max)
    {
        var joined = string.Empty;
        foreach (var item in items)
        {
            var next = joined.Length == 0 ? item : $"{joined} {item}";
            if (next.Length > max)
                break;
            joined = next;
        }

        return joined;
    }

    [GeneratedRegex("^[UW][A-Z0-9]{2,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlackUserId();

    [GeneratedRegex("^S[A-Z0-9]{2,20}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlackUserGroupId();
}
