namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>
/// A modal opened with <c>views.open</c>: its id, the trigger (and so the user and click) it answered, and the view
/// JSON as the bot sent it. <see cref="User"/> is whoever caused the trigger.
/// </summary>
public sealed record FakeSlackView(string Id, string TriggerId, string? User, string? CallbackId, string? PrivateMetadata, JsonElement View)
{
    /// <summary>The block id and action id of the first text input (where the user types).</summary>
    public (string BlockId, string ActionId)? TextInput()
    {
        if (!View.TryGetProperty("blocks", out var blocks) || blocks.ValueKind != JsonValueKind.Array)
            return null;
        foreach (var block in blocks.EnumerateArray())
        {
            if (block.TryGetProperty("type", out var type) && type.GetString() == "input"
                && block.TryGetProperty("element", out var element)
                && element.TryGetProperty("type", out var elementType) && elementType.GetString() == "plain_text_input")
            {
                var blockId = block.TryGetProperty("block_id", out var id) ? id.GetString() : null;
                var actionId = element.TryGetProperty("action_id", out var action) ? action.GetString() : null;
                if (blockId is not null && actionId is not null)
                    return (blockId, actionId);
            }
        }

        return null;
    }
}
