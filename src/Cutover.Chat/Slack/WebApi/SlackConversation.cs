namespace Cutover.Chat.Slack.WebApi;

/// <summary>The fields of a conversation Cutover reads (whether the bot is in it, whether it is private).</summary>
public sealed record SlackConversation
{
    public string Id { get; init; } = string.Empty;

    public string? Name { get; init; }

    public bool IsChannel { get; init; }

    public bool IsGroup { get; init; }

    public bool IsIm { get; init; }

    public bool IsPrivate { get; init; }

    public bool IsArchived { get; init; }

    public bool IsMember { get; init; }
}
