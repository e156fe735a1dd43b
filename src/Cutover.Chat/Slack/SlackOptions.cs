namespace Cutover.Chat.Slack;

/// <summary>
/// Section <c>Slack</c>: what the Slack layer needs (<c>SLACK_BOT_TOKEN</c>, <c>SLACK_SIGNING_SECRET</c>, <c>SLACK_API_URL</c>
/// and <c>SLACK_TEAM_ID</c> are its keys). Slack is on when the token or the secret is set, and then needs both.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    public static readonly Uri DefaultApiBaseUrl = new("https://slack.com/api/");

    /// <summary>The bot token, <c>xoxb-…</c>. A secret: never logged.</summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>The app's signing secret, for verifying inbound requests. A secret: never logged.</summary>
    public string SigningSecret { get; set; } = string.Empty;

    /// <summary>
    /// <c>SLACK_TEAM_ID</c>: the workspace Cutover serves (<c>T…</c>, or the org <c>E…</c> of an Enterprise Grid install).
    /// Requests from users of any other workspace are refused. Null: whichever workspace the app is installed in.
    /// </summary>
    [ConfigurationKeyName("TeamId")]
    public string? WorkspaceId { get; set; }

    /// <summary>Where the Web API is (<c>SLACK_API_URL</c>): Slack, or a fake in tests.</summary>
    [ConfigurationKeyName("ApiUrl")]
    public Uri ApiBaseUrl { get; set; } = DefaultApiBaseUrl;

    /// <summary>Least time between two messages to one channel (Slack allows about one per second).</summary>
    public TimeSpan PostInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long user group members are cached before <c>usergroups.users.list</c> is asked again.</summary>
    public TimeSpan GroupCacheExpiry { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Whether Slack is configured at all: the token or the signing secret is set.</summary>
    public bool IsOn => !string.IsNullOrWhiteSpace(BotToken) || !string.IsNullOrWhiteSpace(SigningSecret);

    /// <summary>Describes the settings without the token or the secret.</summary>
    public override string ToString() =>
        $"Slack Web API {ApiBaseUrl}, workspace {WorkspaceId ?? "any"}, post interval {PostInterval}, group cache {GroupCacheExpiry}";
}
