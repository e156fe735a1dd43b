namespace Cutover.Chat.Teams.Cards;

/// <summary>
/// Renders a <see cref="ChatMessage"/> as an Adaptive Card (version <see cref="Version"/>, Universal Actions):
/// the title with the status as icon and colour, mentions as <c>&lt;at&gt;</c> entities, the text, single-line fields
/// as a <c>FactSet</c> and multi-line fields as a labelled list, and each button as <c>Action.Execute</c> whose
/// <c>verb</c> is the action id and whose <c>data</c> is the <see cref="StepActionPayload"/>. Reject opens a card
/// with a required reason input (the runbook refuses a rejection without one); a button with a
/// <see cref="ConfirmPrompt"/> (destructive steps) opens a card that states it before the real button. A picture is an
/// <c>Image</c> from its signed address. Every text from the message is escaped (<see cref="CardText"/>). A card larger than
/// <see cref="MaxCardBytes"/> is shortened field by field with a note saying so.
/// </summary>
public static class AdaptiveCardRenderer
{
    public const string Schema = "http://adaptivecards.io/schemas/adaptive-card.json";

    /// <summary>Universal Actions need 1.4+; Teams asks for 1.5 (<see href="https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/overview">Universal Actions</see>).</summary>
    public const string Version = "1.5";

    /// <summary>Teams refuses messages over about 28 KB; the card gets this much, leaving room for the activity around it.</summary>
    public const int MaxCardBytes = 26 * 1024;

    /// <summary>Renders the card, shortened if needed to fit <see cref="MaxCardBytes"/>.</summary>
    /// <param name="message">The channel-neutral message.</param>
    /// <param name="names">
    /// Display names by qualified id (<see cref="IPeopleDirectory"/>), for the people the message names
    /// (<see cref="MessagePeople"/>) and mentions; a person without one is shown by their bare id.
    /// </param>
    public static JsonObject Render(ChatMessage message, IReadOnlyDictionary<string, string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mentionNames = names ?? new Dictionary<string, string>();
        message = MessagePeople.Show(message, ChatChannel.Teams, mentionNames);
        JsonObject? card = null;
        foreach (var limits in CardLimits.Levels)
        {
            card = Build(message, mentionNames, limits, fieldsShown: message.Fields.Count);
            if (Size(card) <= MaxCardBytes)
                return card;
        }

        var strictest = CardLimits.Levels[^1];
        for (var shown = message.Fields.Count - 1; shown >= 0; shown--)
        {
            card = Build(message, mentionNames, strictest, shown);
            if (Size(card) <= MaxCardBytes)
                return card;
        }

        return card!;
    }

    /// <summary>
    /// The plain-text line Teams shows for the card in notifications and the activity feed (the activity's
    /// <c>summary</c>) and where a client cannot render it (the card's <c>fallbackText</c>): the status icon and title.
    /// </summary>
    public static string Summary(ChatMessage message, IReadOnlyDictionary<string, string>? names = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        var title = MessagePeople.Show(message, ChatChannel.Teams, names ?? new Dictionary<string, string>()).Title;
        return $"{Icon(message.Status).Icon} {Cut(title.ReplaceLineEndings(" "), CardLimits.MaxTitleChars)}";
    }

    /// <summary>UTF-8 size of the card as sent.</summary>
    public static int Size(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return Encoding.UTF8.GetByteCount(card.ToJsonString(TeamsJson.Options));
    }

    private static JsonObject Build(ChatMessage message, IReadOnlyDictionary<string, string> mentionNames, CardLimits limits, int fieldsShown)
    {
        var body = new JsonArray { Title(message) };
        var entities = new JsonArray();
        if (message.Mentions.Count > 0)
        {
            var tags = new List<string>();
            foreach (var id in message.Mentions)
            {
                var name = mentionNames.TryGetValue(new ChatUser(ChatChannel.Teams, id).Qualified, out var n) && !string.IsNullOrWhiteSpace(n) ? n : id;
                var tag = $"<at>{CardText.Escape(name)}</at>";
                tags.Add(tag);
                entities.Add(new JsonObject
                {
                    ["type"] = "mention",
                    ["text"] = tag,
                    ["mentioned"] = new JsonObject { ["id"] = id, ["name"] = name },
                });
            }

            body.Add(TextBlock(string.Join(" ", tags)));
        }

        if (!string.IsNullOrWhiteSpace(message.Text))
            AddLines(body, Cut(message.Text, limits.MaxTextChars));

        AddFields(body, message.Fields.Take(fieldsShown).ToList(), limits);
        var hidden = message.Fields.Count - fieldsShown;
        if (hidden > 0)
            body.Add(Note($"{Count(hidden, "more field")} not shown: the message is larger than a Teams card allows."));
        if (message.Image is { } image)
            body.Add(Picture(image));

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = Schema,
            ["version"] = Version,
            ["fallbackText"] = Summary(message),
            ["body"] = body,
        };
        if (message.Actions.Count > 0)
            card["actions"] = new JsonArray([.. message.Actions.Select(Action)]);
        var msteams = new JsonObject { ["width"] = "Full" };
        if (entities.Count > 0)
            msteams["entities"] = entities;
        card["msteams"] = msteams;
        return card;
    }

    private static (string Icon, string Color) Icon(MessageStatus status) => status switch
    {
        MessageStatus.Pending => ("⏳", "Accent"),
        MessageStatus.Success => ("✅", "Good"),
        MessageStatus.Warning => ("⚠️", "Warning"),
        MessageStatus.Failure => ("❌", "Attention"),
        _ => ("ℹ️", "Default"),
    };

    /// <summary>
    /// Text as one TextBlock per line: inside a TextBlock a single line break is not one (CommonMark joins the lines),
    /// so help, failure reasons and lists would run together. An empty line starts the next block with a gap.
    /// </summary>
    private static void AddLines(JsonArray body, string text)
    {
        var gap = false;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                gap = true;
                continue;
            }

            var block = TextBlock(CardText.Escape(line));
            if (gap)
                block["spacing"] = "Medium";
            else if (body.Count > 0)
                block["spacing"] = "None";
            body.Add(block);
            gap = false;
        }
    }

    private static JsonObject Title(ChatMessage message)
    {
        var (icon, color) = Icon(message.Status);
        return new JsonObject
        {
            ["type"] = "TextBlock",
            ["text"] = $"{icon} {CardText.Escape(Cut(message.Title, CardLimits.MaxTitleChars))}",
            ["style"] = "heading",
            ["size"] = "Medium",
            ["weight"] = "Bolder",
            ["color"] = color,
            ["wrap"] = true,
        };
    }

    /// <summary>Consecutive single-line fields share one FactSet; a multi-line field is a label plus one line per row.</summary>
    private static void AddFields(JsonArray body, IReadOnlyList<MessageField> fields, CardLimits limits)
    {
        JsonArray? facts = null;
        foreach (var field in fields)
        {
            var lines = field.Value.Split('\n');
            if (lines.Length == 1)
            {
                if (facts is null)
                {
                    facts = [];
                    body.Add(new JsonObject { ["type"] = "FactSet", ["facts"] = facts });
                }

                facts.Add(new JsonObject
                {
                    ["title"] = CardText.Escape(field.Label),
                    ["value"] = CardText.Escape(Cut(field.Value, limits.MaxCharsPerLine)),
                });
                continue;
            }

            facts = null;
            var items = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = CardText.Escape(field.Label), ["weight"] = "Bolder", ["wrap"] = true },
            };
            foreach (var line in lines.Take(limits.MaxLinesPerField))
                items.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = CardText.Escape(Cut(line, limits.MaxCharsPerLine)), ["spacing"] = "None", ["wrap"] = true });
            if (lines.Length > limits.MaxLinesPerField)
                items.Add(Note($"… and {Count(lines.Length - limits.MaxLinesPerField, "more line")} (shortened to fit a Teams card)."));
            body.Add(new JsonObject { ["type"] = "Container", ["spacing"] = "Medium", ["items"] = items });
        }
    }

    private static JsonObject Action(MessageAction action)
    {
        if (action.ActionId == ActionIds.RejectStep)
        {
            var reason = new JsonObject
            {
                ["type"] = "Input.Text",
                ["id"] = TeamsInbound.ReasonInputId,
                ["label"] = "Reason",
                ["placeholder"] = "Why is this step rejected?",
                ["maxLength"] = TeamsInbound.MaxReasonLength,
                ["isMultiline"] = true,
                ["isRequired"] = true,
                ["errorMessage"] = "A rejection needs a reason.",
            };
            return ShowCard($"{action.Label}…", [reason], Execute(action, action.Label, withInputs: true));
        }

        if (action.Confirm is { } confirm)
        {
            var prompt = new JsonArray
            {
                new JsonObject { ["type"] = "TextBlock", ["text"] = CardText.Escape(confirm.Title), ["weight"] = "Bolder", ["wrap"] = true },
            };
            AddLines(prompt, confirm.Text);
            return ShowCard($"{action.Label}…", prompt, Execute(action, confirm.Confirm, withInputs: false));
        }

        return Execute(action, action.Label, withInputs: false);
    }

    private static JsonObject Execute(MessageAction action, string title, bool withInputs) => new()
    {
        ["type"] = "Action.Execute",
        ["title"] = title,
        ["verb"] = action.ActionId,
        ["data"] = JsonNode.Parse(action.Payload.ToJson()),
        ["style"] = action.Style switch
        {
            ActionStyle.Primary => "positive",
            ActionStyle.Danger => "destructive",
            _ => "default",
        },
        ["associatedInputs"] = withInputs ? "auto" : "none",
    };

    private static JsonObject ShowCard(string title, JsonArray body, JsonObject execute) => new()
    {
        ["type"] = "Action.ShowCard",
        ["title"] = title,
        ["card"] = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["body"] = body,
            ["actions"] = new JsonArray { execute },
        },
    };

    /// <summary>
    /// The message's picture, fetched by Teams from its signed address (full width, expandable, described by its alt
    /// text); without an address Teams cannot fetch it, and the card says so with the figures it would have shown.
    /// </summary>
    private static JsonObject Picture(ChatImage image) => image.Link is { } link
        ? new JsonObject
        {
            ["type"] = "Image",
            ["url"] = link.AbsoluteUri,
            ["altText"] = image.AltText,
            ["size"] = "Stretch",
            ["spacing"] = "Medium",
            ["msTeams"] = new JsonObject { ["allowExpand"] = true },
        }
        : Note($"Chart not shown: Cutover has no public address to serve it from (set CUTOVER_BASE_URL and CUTOVER_LINK_SECRET). {image.AltText}");

    private static JsonObject TextBlock(string escapedText) =>
        new() { ["type"] = "TextBlock", ["text"] = escapedText, ["wrap"] = true };

    private static JsonObject Note(string text) =>
        new() { ["type"] = "TextBlock", ["text"] = CardText.Escape(text), ["isSubtle"] = true, ["size"] = "Small", ["wrap"] = true };

    private static string Cut(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static string Count(int n, string noun) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? string.Empty : "s")}";
}
