namespace Cutover.Chat.Slack.BlockKit;

/// <summary>The "are you sure?" dialog of a button: title ≤100, text ≤300, confirm/deny ≤30 characters.</summary>
public sealed record ConfirmObject(TextObject Title, TextObject Text, TextObject Confirm, TextObject Deny)
{
    /// <summary><c>danger</c> paints the confirm button red; null leaves Slack's default (<c>primary</c>).</summary>
    public string? Style { get; init; }
}
