namespace Cutover.Chat.Slack.BlockKit;

/// <summary>A button: plain-text label (≤75), action id (≤255), value (≤2000), style <c>primary</c>/<c>danger</c> or none.</summary>
public sealed record ButtonElement(string ActionId, TextObject Text, string? Value, string? Style = null, ConfirmObject? Confirm = null)
{
    [JsonPropertyOrder(-1)]
    public string Type { get; } = "button";
}
