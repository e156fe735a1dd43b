namespace Cutover.Chat.Slack.WebApi;

/// <summary><c>chat.postMessage</c> answer: the message's channel and ts (its id, and the thread id for replies to it).</summary>
public sealed record ChatPostMessageResponse : SlackResponse
{
    public string? Channel { get; init; }

    public string? Ts { get; init; }
}
