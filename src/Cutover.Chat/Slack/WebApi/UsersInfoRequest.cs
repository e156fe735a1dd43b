namespace Cutover.Chat.Slack.WebApi;

/// <summary><c>users.info</c> arguments (form-encoded).</summary>
public sealed record UsersInfoRequest([property: AliasAs("user")] string User);
