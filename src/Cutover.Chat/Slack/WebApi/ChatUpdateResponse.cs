namespace Cutover.Chat.Slack.WebApi;

/// <summary><c>chat.update</c> answer.</summary>
public sealed record ChatUpdateResponse : SlackResponse
{
    public string? Channel { get; init; }

    public string? Ts { get; init; }

    public string? Text { get; init; }
}
