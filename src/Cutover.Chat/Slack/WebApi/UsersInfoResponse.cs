namespace Cutover.Chat.Slack.WebApi;

/// <summary><c>users.info</c> answer.</summary>
public sealed record UsersInfoResponse : SlackResponse
{
    public SlackUser? User { get; init; }
}
