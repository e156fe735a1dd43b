namespace Cutover.Chat.Slack.BlockKit;

/// <summary>
/// A Block Kit text object: <c>mrkdwn</c> (Slack's markup; user text must go through <see cref="Mrkdwn.Escape"/>)
/// or <c>plain_text</c> (shown literally; required for headers, buttons, labels and dialogs).
/// </summary>
public sealed record TextObject(string Type, string Text)
{
    public const string PlainType = "plain_text";
    public const string MrkdwnType = "mrkdwn";

    /// <summary>Plain text only: whether <c>:emoji:</c> codes render as emoji.</summary>
    public bool? Emoji { get; init; }

    public static TextObject Plain(string text) => new(PlainType, text) { Emoji = true };

    /// <summary>Already-escaped mrkdwn; the people in it (<see cref="MessagePeople"/>) become mentions (<see cref="BlockKitRenderer.People"/>).</summary>
    public static TextObject Markdown(string mrkdwn) => new(MrkdwnType, BlockKitRenderer.People(mrkdwn));
}
