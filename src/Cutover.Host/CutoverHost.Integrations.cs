using Cutover.Chat.Teams.Graph;
using Cutover.Core.Dns;
using Cutover.Host.Scheduling;
using Cutover.Infrastructure;
using Cutover.Infrastructure.Dns;
using Cutover.Infrastructure.Monitoring;

using Cutover.Steps.DnsTtl;

namespace Cutover.Host;

/// <summary>The composition of the outside services: DNS and monitoring, Slack, Teams.</summary>
public static partial class CutoverHost
{
    /// <summary>
    /// DNS (TTL lookups on the authoritative servers; Cloudflare when <c>CLOUDFLARE_API_TOKEN</c> is set, else guided manual
    /// changes), the DNS steps and the cutover's TTL gate, the TTL reminders and the post-cutover health reports.
    /// </summary>
    private static void AddDnsAndMonitoring(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var dns = configuration.GetSection(DnsOptions.Section).Get<DnsOptions>() ?? new DnsOptions();
        var monitoring = configuration.GetSection(MonitoringOptions.Section).Get<MonitoringOptions>() ?? new MonitoringOptions();
        if (dns.TargetTtlSeconds is < 30 or > 3600)
            throw new StartupConfigurationException("Dns:TargetTtlSeconds must be between 30 and 3600.");
        if (dns.AuthoritativePort is < 1 or > 65535)
            throw new StartupConfigurationException("Dns:AuthoritativePort must be between 1 and 65535.");
        if (monitoring.Interval < TimeSpan.FromMinutes(1) || monitoring.Duration < monitoring.Interval || monitoring.Duration > TimeSpan.FromDays(7))
            throw new StartupConfigurationException("Monitoring:Interval must be at least 00:01:00 and Monitoring:Duration between the interval and 7.00:00:00.");
        if (monitoring.ServerErrorRateFactor is < 1 or > 100)
            throw new StartupConfigurationException("Monitoring:ServerErrorRateFactor must be between 1 and 100.");
        var leads = dns.ReminderLeads.Count > 0 ? [.. dns.ReminderLeads] : new[] { TimeSpan.FromHours(72), TimeSpan.FromHours(48), TimeSpan.FromHours(24), TimeSpan.FromHours(1) };
        if (leads.Any(l => l <= TimeSpan.Zero || l > TimeSpan.FromDays(30)))
            throw new StartupConfigurationException("Dns:ReminderLeads must be between 00:00:01 and 30.00:00:00 before the cutover.");

        var settings = new DnsSettings
        {
            AuthoritativePort = dns.AuthoritativePort,
            TargetTtlSeconds = dns.TargetTtlSeconds,
            CloudflareApiToken = First(configuration["CLOUDFLARE_API_TOKEN"], dns.CloudflareApiToken) ?? string.Empty,
        };
        foreach (var resolver in dns.Resolvers)
            settings.Resolvers.Add(resolver);
        if (First(configuration["CLOUDFLARE_API_URL"], dns.CloudflareApiUrl) is { } cloudflare)
            settings.CloudflareApiUrl = BaseUrl(cloudflare, "CLOUDFLARE_API_URL");
        var monitor = new MonitoringSettings { Interval = monitoring.Interval, Duration = monitoring.Duration, ServerErrorRateFactor = monitoring.ServerErrorRateFactor };
        try
        {
            builder.Services.AddCutoverDns(settings);
            builder.Services.AddCutoverMonitoring(monitor);
        }
        catch (ArgumentException exception)
        {
            throw new StartupConfigurationException(exception.Message);
        }

        builder.Services.AddSingleton(new DnsStepOptions { TargetTtlSeconds = dns.TargetTtlSeconds });
        builder.Services.AddSingleton(new ScheduleSettings(leads, monitoring.Interval, monitoring.Duration));
        builder.Services.AddTransient<DnsRecords>();
        builder.Services.AddTransient<MonitorRun>();
    }

    /// <summary>Slack's endpoints, client and notifier, when <c>SLACK_BOT_TOKEN</c> and <c>SLACK_SIGNING_SECRET</c> are set.</summary>
    private static void AddSlackIfConfigured(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var options = configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() ?? new SlackOptions();
        var token = First(configuration["SLACK_BOT_TOKEN"], options.BotToken);
        var secret = First(configuration["SLACK_SIGNING_SECRET"], options.SigningSecret);
        var workspace = First(configuration["SLACK_TEAM_ID"], options.TeamId)?.Trim();
        if (workspace is not null && !SlackWorkspace().IsMatch(workspace))
            throw new StartupConfigurationException("SLACK_TEAM_ID must be a Slack workspace id (T…) or Enterprise Grid org id (E…), e.g. T0123ABCD.");
        if (token is null && secret is null)
            return;
        if (token is null || secret is null)
            throw new StartupConfigurationException($"{(token is null ? "SLACK_BOT_TOKEN" : "SLACK_SIGNING_SECRET")} is not set; Slack needs both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET.");
        var settings = new SlackSettings { BotToken = token, SigningSecret = secret, WorkspaceId = workspace };
        if (First(configuration["SLACK_API_URL"], options.ApiUrl) is { } url)
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
            AppId = First(configuration["MicrosoftAppId"], options.AppId),
            AppPassword = First(configuration["MicrosoftAppPassword"], options.AppPassword),
            AppTenantId = First(configuration["MicrosoftAppTenantId"], options.AppTenantId),
            GraphTenantId = options.GraphTenantId,
            TenantId = First(configuration["TEAMS_TENANT_ID"], options.TenantId),
            Emulator = RealCredentials.Switch(configuration, TeamsEmulatorVariable, "the Teams Emulator mode") ?? false,
        };
        if (settings.TenantId is { } tenant && !Guid.TryParse(tenant, out _))
            throw new StartupConfigurationException("TEAMS_TENANT_ID must be an Entra tenant id (a GUID), e.g. 72f988bf-86f1-41af-91ab-2d7cd011db47.");

        if (First(configuration["BOTFRAMEWORK_OPENID_METADATA_URL"], options.OpenIdMetadataUrl) is { } metadata)
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
