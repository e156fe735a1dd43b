namespace Cutover.Host.Options;

/// <summary>
/// <c>Slack</c> section; <c>SLACK_BOT_TOKEN</c>, <c>SLACK_SIGNING_SECRET</c>, <c>SLACK_API_URL</c> and <c>SLACK_TEAM_ID</c> override it.
/// Slack is on when both the token and the signing secret are set.
/// </summary>
public sealed class SlackOptions
{
    public const string Section = "Slack";

    public string? BotToken { get; set; }

    public string? SigningSecret { get; set; }

    public string? ApiUrl { get; set; }

    /// <summary>The workspace served (<c>SLACK_TEAM_ID</c>); requests from other workspaces are refused.</summary>
    public string? TeamId { get; set; }

    /// <summary>Least time between two messages to one channel.</summary>
    public TimeSpan? PostInterval { get; set; }

    /// <summary>How long Slack user-group members are cached.</summary>
    public TimeSpan? GroupCacheExpiry { get; set; }
}
