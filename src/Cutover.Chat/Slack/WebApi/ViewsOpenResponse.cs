namespace Cutover.Chat.Slack.WebApi;

/// <summary><c>views.open</c> answer: the opened view (its id comes back with the submission).</summary>
public sealed record ViewsOpenResponse : SlackResponse
{
    public OpenedView? View { get; init; }
}
