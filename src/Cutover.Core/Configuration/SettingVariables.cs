namespace Cutover.Core.Configuration;

/// <summary>
/// The Heroku-style environment variables Cutover reads (Heroku config vars, the Bot Framework's own names), each the
/// alias of one configuration key. A variable that is set wins over its key; the host maps them once, as a configuration
/// source, so every library reads only its own section.
/// </summary>
public static class SettingVariables
{
    /// <summary>Every variable and the configuration key it sets.</summary>
    public static IReadOnlyList<(string Variable, string Key)> All { get; } =
    [
        ("DATABASE_URL", "Database:Url"),
        ("HEROKU_API_TOKEN", "Heroku:ApiToken"),
        ("HEROKU_API_URL", "Heroku:ApiUrl"),
        ("HEROKU_DATA_API_URL", "Heroku:DataApiUrl"),
        ("SLACK_BOT_TOKEN", "Slack:BotToken"),
        ("SLACK_SIGNING_SECRET", "Slack:SigningSecret"),
        ("SLACK_API_URL", "Slack:ApiUrl"),
        ("SLACK_TEAM_ID", "Slack:TeamId"),
        ("MicrosoftAppId", "Teams:AppId"),
        ("MicrosoftAppPassword", "Teams:AppPassword"),
        ("MicrosoftAppTenantId", "Teams:AppTenantId"),
        ("TEAMS_TENANT_ID", "Teams:TenantId"),
        ("BOTFRAMEWORK_OPENID_METADATA_URL", "Teams:OpenIdMetadataUrl"),
        ("CLOUDFLARE_API_TOKEN", "Dns:CloudflareApiToken"),
        ("CLOUDFLARE_API_URL", "Dns:CloudflareApiUrl"),
        ("CUTOVER_APPROVERS", "Approvals:Users"),
        ("CUTOVER_APPROVER_GROUPS", "Approvals:Groups"),
        ("CUTOVER_BASE_URL", "AuditLinks:BaseUrl"),
        ("CUTOVER_LINK_SECRET", "AuditLinks:Secret"),
    ];

    /// <summary>
    /// The name an operator sets for <paramref name="key"/>: its variable when it has one (<c>Slack:TeamId</c> →
    /// <c>SLACK_TEAM_ID</c>), else the key itself. Start-up errors name settings this way.
    /// </summary>
    public static string NameOf(string key)
    {
        foreach (var (variable, aliased) in All)
        {
            if (string.Equals(aliased, key, StringComparison.OrdinalIgnoreCase))
                return variable;
        }

        return key;
    }
}
