namespace Cutover.Chat.Slack.WebApi;

/// <summary><c>chat.postEphemeral</c> answer.</summary>
public sealed record ChatPostEphemeralResponse : SlackResponse
{
    public string? MessageTs { get; init; }
}
