namespace Cutover.Chat.Slack.WebApi;

/// <summary><c>conversations.info</c> arguments (form-encoded).</summary>
public sealed record ConversationsInfoRequest([property: AliasAs("channel")] string Channel);
