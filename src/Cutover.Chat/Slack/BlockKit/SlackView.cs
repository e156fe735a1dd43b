namespace Cutover.Chat.Slack.BlockKit;

/// <summary>
/// A modal for <c>views.open</c>: title, submit and close at most 24 characters, at most 100 blocks,
/// <c>private_metadata</c> at most 3000 characters, <c>callback_id</c> at most 255.
/// </summary>
public sealed record SlackView(TextObject Title, TextObject Submit, TextObject Close, IReadOnlyList<Block> Blocks)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "modal";

    public string? CallbackId { get; init; }

    public string? PrivateMetadata { get; init; }

    public bool? ClearOnClose { get; init; }
}
