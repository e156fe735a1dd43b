using Cutover.Chat.Teams.Graph;

namespace Cutover.Host;

/// <summary>The composition of the chat platforms: Slack, Teams.</summary>
public static partial class CutoverHost
{
    /// <summary>Slack's endpoints, client and notifier, when <c>SLACK_BOT_TOKEN</c> and <c>SLACK_SIGNING_SECRET</c> are set.</summary>
    private static void AddSlackIfConfigured(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var options = configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() ?? new SlackOptions();
        var token = First(options.BotToken);
        var secret = First(options.SigningSecret);
        var workspace = First(options.TeamId)?.Trim();
        if (workspace is not null && !SlackWorkspace().IsMatch(workspace))
            throw new StartupConfigurationException("SLACK_TEAM_ID must be a Slack workspace id (T…) or Enterprise Grid org id (E…), e.g. T0123ABCD.");
        if (token is null && secret is null)
            return;
        if (token is null || secret is null)
            throw new StartupConfigurationException($"{(token is null ? "SLACK_BOT_TOKEN" : "SLACK_SIGNING_SECRET")} is not set; Slack needs both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET.");
        var settings = new SlackSettings { BotToken = token, SigningSecret = secret, WorkspaceId = workspace };
        if (First(options.ApiUrl) is { } url)
            settings.ApiBaseUrl = BaseUrl(url, "SLACK_API_URL");
        if (options.PostInterval is { } interval)
            settings.PostInterval = interval >= TimeSpan.Zero && interval <= TimeSpan.FromSeconds(10) ? interval
                : throw new StartupConfigurationException("Slack:PostInterval must be between 00:00:00 and 00:00:10.");
        if (options.GroupCacheExpiry is { } expiry)
            settings.GroupCacheExpiry = expiry >= TimeSpan.Zero && expiry <= TimeSpan.FromHours(24) ? expiry
                : throw new StartupConfigurationException("Slack:GroupCacheExpiry must be between 00:00:00 and 1.00:00:00.");
        builder.Services.AddSlack(settings);
        builder.Services.AddSlackInbound();
    }

    /// <summary>
    /// The Teams endpoint, Bot Connector client and notifier. Without <c>MicrosoftAppId</c> the endpoint is served only in
    /// the explicit Emulator mode (<c>CUTOVER_TEAMS_EMULATOR=true</c>, never next to a real credential), on loopback only.
    /// </summary>
    private const string TeamsEmulatorVariable = "CUTOVER_TEAMS_EMULATOR";

    private static void AddTeams(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var options = configuration.GetSection(TeamsOptions.Section).Get<TeamsOptions>() ?? new TeamsOptions();
        var settings = new TeamsSettings
        {
            AppId = First(options.AppId),
            AppPassword = First(options.AppPassword),
            AppTenantId = First(options.AppTenantId),
            GraphTenantId = options.GraphTenantId,
            TenantId = First(options.TenantId),
            Emulator = RealCredentials.Switch(configuration, TeamsEmulatorVariable, "the Teams Emulator mode") ?? false,
        };
        if (settings.TenantId is { } tenant && !Guid.TryParse(tenant, out _))
            throw new StartupConfigurationException("TEAMS_TENANT_ID must be an Entra tenant id (a GUID), e.g. 72f988bf-86f1-41af-91ab-2d7cd011db47.");

        if (First(options.OpenIdMetadataUrl) is { } metadata)
            settings.OpenIdMetadataUrl = BaseUrl(metadata, "BOTFRAMEWORK_OPENID_METADATA_URL");
        if (options.EntraOpenIdMetadataUrl is { } entra)
            settings.EntraOpenIdMetadataUrl = BaseUrl(entra, "Teams:EntraOpenIdMetadataUrl");
        if (options.LoginUrl is { } login)
            settings.LoginBaseUrl = BaseUrl(login, "Teams:LoginUrl");
        try
        {
            builder.Services.AddTeams(settings);
        }
        catch (ArgumentException exception)
        {
            throw new StartupConfigurationException(exception.Message);
        }

        // teams-group: approvers: Microsoft Graph answers for the tenant that owns the groups, with the bot's own credentials.
        if (!settings.IsAuthenticationDisabled && settings.GraphTenant is not null)
            builder.Services.AddTransient<IGroupMembership>(provider => provider.GetRequiredService<GraphGroupMembership>());
        builder.Services.AddKeyedTransient<IChatNotifier>(ChatChannel.Teams, (provider, _) => provider.GetRequiredService<TeamsChatNotifier>());
        builder.Services.AddTeamsInbound();
    }

    /// <summary>A Slack workspace id (<c>T…</c>) or Enterprise Grid org id (<c>E…</c>).</summary>
    [GeneratedRegex("^[TE][A-Z0-9]{2,31}$", RegexOptions.CultureInvariant)]
    private static partial Regex SlackWorkspace();
}
