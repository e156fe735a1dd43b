namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>
/// A message as the fake Slack holds it at one moment (a snapshot: a later <c>chat.update</c> makes a new one).
/// <see cref="ThreadTs"/> is null for a channel-level message and the root's ts for a thread reply.
/// </summary>
public sealed record FakeSlackMessage(string Channel, string Ts, string? ThreadTs, string Text, JsonElement? Blocks, int Version)
{
    /// <summary>The action ids of the message's buttons, in order.</summary>
    public IReadOnlyList<string> ActionIds => [.. Buttons().Select(b => b.Button.GetProperty("action_id").GetString()!)];

    /// <summary>The value of the button with <paramref name="actionId"/>, or null.</summary>
    public string? ButtonValue(string actionId) =>
        Find(actionId) is { } found && found.Button.TryGetProperty("value", out var value) ? value.GetString() : null;

    /// <summary>The blocks as indented JSON (for golden files), or "null".</summary>
    public string BlocksJson => Blocks is { } blocks ? JsonSerializer.Serialize(blocks, Indented) : "null";

    /// <summary>The top-level text and every text object in the blocks, one per line: for "contains" assertions.</summary>
    public string AllText => string.Join("\n", new[] { Text }.Concat(Blocks is { } blocks ? Texts(blocks) : []));

    /// <summary>The button with <paramref name="actionId"/> and the block holding it, or null.</summary>
    internal (JsonElement Block, JsonElement Button)? Find(string actionId) =>
        Buttons().Cast<(JsonElement Block, JsonElement Button)?>()
            .FirstOrDefault(b => b!.Value.Button.TryGetProperty("action_id", out var id) && id.GetString() == actionId);

    private IEnumerable<(JsonElement Block, JsonElement Button)> Buttons()
    {
        if (Blocks is not { ValueKind: JsonValueKind.Array } blocks)
            yield break;
        foreach (var block in blocks.EnumerateArray())
        {
            if (block.TryGetProperty("elements", out var elements) && elements.ValueKind == JsonValueKind.Array)
            {
                foreach (var element in elements.EnumerateArray())
                {
                    if (IsButton(element))
                        yield return (block, element);
                }
            }

            if (block.TryGetProperty("accessory", out var accessory) && IsButton(accessory))
                yield return (block, accessory);
        }
    }

    private static bool IsButton(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty("type", out var type) && type.GetString() == "button"
        && element.TryGetProperty("action_id", out var id) && id.ValueKind == JsonValueKind.String;

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>Every text object (<c>mrkdwn</c>, <c>plain_text</c>) in <paramref name="element"/>, in order.</summary>
    internal static IEnumerable<string> Texts(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                if (element.TryGetProperty("type", out var type) && type.GetString() is "mrkdwn" or "plain_text"
                    && element.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                {
                    yield return text.GetString()!;
                    yield break;
                }

                foreach (var property in element.EnumerateObject())
                {
                    foreach (var inner in Texts(property.Value))
                        yield return inner;
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    foreach (var inner in Texts(item))
                        yield return inner;
                }

                break;
        }
    }
}
