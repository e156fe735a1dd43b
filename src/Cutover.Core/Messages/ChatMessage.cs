namespace Cutover.Core.Messages;

/// <summary>
/// A channel-neutral message: renderers turn it into Block Kit, an Adaptive Card or HTML.
/// Never put secrets (tokens, config values, database URLs) in any of its text.
/// </summary>
public sealed record ChatMessage(
    string Title,
    MessageStatus Status,
    IReadOnlyList<MessageField> Fields,
    IReadOnlyList<MessageAction> Actions,
    string? Text = null)
{
    /// <summary>User ids to mention (alerts, approval requests).</summary>
    public IReadOnlyList<string> Mentions { get; init; } = [];

    /// <summary>A picture to show with the message (a health report's chart); a platform that cannot show it says so.</summary>
    public ChatImage? Image { get; init; }

    public static ChatMessage Plain(string title, MessageStatus status, string? text = null) =>
        new(title, status, [], [], text);
}
