namespace Cutover.Chat.Slack.Payloads;

/// <summary>
/// A slash command invocation (<see href="https://api.slack.com/interactivity/slash-commands">slash commands</see>),
/// form-encoded. <see cref="Text"/> is everything after the command and may be empty.
/// </summary>
public sealed record SlackSlashCommand(
    string? TeamId,
    string ChannelId,
    string UserId,
    string Command,
    string Text,
    string? ResponseUrl,
    string TriggerId,
    string? UserName = null) : SlackRequest
{
    public override string DedupeKey => SlackDedupeKeys.Command(TriggerId);
}
