namespace Cutover.Chat.Slack.Payloads;

/// <summary>
/// An <c>app_mention</c> event (<c>@Cutover …</c> in a channel). <see cref="Text"/> still contains the
/// <c>&lt;@U…&gt;</c> mention of the bot. Slack redelivers events it considers unacknowledged; dedupe on <see cref="EventId"/>.
/// </summary>
public sealed record SlackAppMention(
    string? TeamId,
    string EventId,
    string UserId,
    string Text,
    string ChannelId,
    string Ts,
    string? ThreadTs) : SlackRequest
{
    public override string DedupeKey => SlackDedupeKeys.Event(EventId);
}
