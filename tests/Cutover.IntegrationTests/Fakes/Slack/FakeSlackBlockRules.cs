namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>
/// The Block Kit limits Slack enforces with <c>invalid_blocks</c>, checked on every message and view the fake
/// receives. Each problem is reported the way Slack does in <c>response_metadata.messages</c>.
/// </summary>
internal static class FakeSlackBlockRules
{
    public static List<string> Check(JsonElement blocks, int maxBlocks)
    {
        var problems = new List<string>();
        if (blocks.ValueKind != JsonValueKind.Array)
        {
            problems.Add("[ERROR] must be an array [json-pointer:/blocks]");
            return problems;
        }

        if (blocks.GetArrayLength() > maxBlocks)
            problems.Add($"[ERROR] no more than {maxBlocks} items allowed [json-pointer:/blocks]");
        var blockIds = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var block in blocks.EnumerateArray())
        {
            var at = $"/blocks/{index.ToString(CultureInfo.InvariantCulture)}";
            CheckBlock(block, at, problems);
            if (block.TryGetProperty("block_id", out var id) && id.GetString() is { } blockId && !blockIds.Add(blockId))
                problems.Add($"[ERROR] duplicate block_id [json-pointer:{at}/block_id]");
            index++;
        }

        return problems;
    }

    private static void CheckBlock(JsonElement block, string at, List<string> problems)
    {
        var type = block.TryGetProperty("type", out var t) ? t.GetString() : null;
        switch (type)
        {
            case "header":
                Text(block, "text", at, 150, problems, plainOnly: true, required: true);
                break;
            case "section":
                var hasText = Text(block, "text", at, 3000, problems, plainOnly: false, required: false);
                var hasFields = block.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Array;
                if (!hasText && !hasFields)
                    problems.Add($"[ERROR] must provide text or fields [json-pointer:{at}]");
                if (hasFields)
                {
                    if (fields.GetArrayLength() > 10)
                        problems.Add($"[ERROR] no more than 10 items allowed [json-pointer:{at}/fields]");
                    var i = 0;
                    foreach (var field in fields.EnumerateArray())
                        TextObject(field, $"{at}/fields/{(i++).ToString(CultureInfo.InvariantCulture)}", 2000, problems, plainOnly: false);
                }

                break;
            case "context":
                if (!block.TryGetProperty("elements", out var elements) || elements.GetArrayLength() is 0 or > 10)
                    problems.Add($"[ERROR] must have 1 to 10 elements [json-pointer:{at}/elements]");
                break;
            case "actions":
                CheckActions(block, at, problems);
                break;
            case "divider":
                break;
            case "input":
                Text(block, "label", at, 2000, problems, plainOnly: true, required: true);
                if (!block.TryGetProperty("element", out _))
                    problems.Add($"[ERROR] missing required field: element [json-pointer:{at}]");
                break;
            default:
                problems.Add($"[ERROR] unsupported type: {type ?? "(none)"} [json-pointer:{at}/type]");
                break;
        }
    }

    private static void CheckActions(JsonElement block, string at, List<string> problems)
    {
        if (!block.TryGetProperty("elements", out var elements) || elements.GetArrayLength() is 0 or > 25)
        {
            problems.Add($"[ERROR] must have 1 to 25 elements [json-pointer:{at}/elements]");
            return;
        }

        var actionIds = new HashSet<string>(StringComparer.Ordinal);
        var i = 0;
        foreach (var element in elements.EnumerateArray())
        {
            var path = $"{at}/elements/{(i++).ToString(CultureInfo.InvariantCulture)}";
            if (element.TryGetProperty("action_id", out var id) && id.GetString() is { } actionId
                && (actionId.Length > 255 || !actionIds.Add(actionId)))
                problems.Add($"[ERROR] action_id too long or not unique in block [json-pointer:{path}/action_id]");
            Text(element, "text", path, 75, problems, plainOnly: true, required: true);
            if (element.TryGetProperty("value", out var value) && value.GetString() is { Length: > 2000 })
                problems.Add($"[ERROR] must be less than 2001 characters [json-pointer:{path}/value]");
            if (element.TryGetProperty("style", out var style) && style.GetString() is not ("primary" or "danger"))
                problems.Add($"[ERROR] must be primary or danger [json-pointer:{path}/style]");
            if (element.TryGetProperty("confirm", out var confirm))
            {
                Text(confirm, "title", $"{path}/confirm", 100, problems, plainOnly: true, required: true);
                Text(confirm, "text", $"{path}/confirm", 300, problems, plainOnly: false, required: true);
                Text(confirm, "confirm", $"{path}/confirm", 30, problems, plainOnly: true, required: true);
                Text(confirm, "deny", $"{path}/confirm", 30, problems, plainOnly: true, required: true);
            }
        }
    }

    private static bool Text(JsonElement owner, string name, string at, int max, List<string> problems, bool plainOnly, bool required)
    {
        if (!owner.TryGetProperty(name, out var text))
        {
            if (required)
                problems.Add($"[ERROR] missing required field: {name} [json-pointer:{at}]");
            return false;
        }

        TextObject(text, $"{at}/{name}", max, problems, plainOnly);
        return true;
    }

    private static void TextObject(JsonElement text, string at, int max, List<string> problems, bool plainOnly)
    {
        var type = text.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type is not ("plain_text" or "mrkdwn") || (plainOnly && type != "plain_text"))
            problems.Add($"[ERROR] must be a {(plainOnly ? "plain_text" : "text")} object [json-pointer:{at}/type]");
        var value = text.TryGetProperty("text", out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;
        if (value.Length == 0)
            problems.Add($"[ERROR] must be more than 0 characters [json-pointer:{at}/text]");
        if (value.Length > max)
            problems.Add($"[ERROR] must be less than {(max + 1).ToString(CultureInfo.InvariantCulture)} characters [json-pointer:{at}/text]");
    }
}
