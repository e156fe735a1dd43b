namespace Cutover.Chat.Slack.BlockKit;

/// <summary>A text input for modals.</summary>
public sealed record PlainTextInputElement(string ActionId)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "plain_text_input";

    public bool? Multiline { get; init; }

    public int? MinLength { get; init; }

    public int? MaxLength { get; init; }

    public TextObject? Placeholder { get; init; }
}
