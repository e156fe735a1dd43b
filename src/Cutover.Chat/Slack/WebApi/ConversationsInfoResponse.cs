namespace Cutover.Chat.Slack.WebApi;

/// <summary><c>conversations.info</c> answer.</summary>
public sealed record ConversationsInfoResponse : SlackResponse
{
    public SlackConversation? Channel { get; init; }
}
