using Cutover.Chat.Slack;
using Cutover.Chat.Teams;
using Cutover.Core.Approvals;
using Cutover.Core.Conversations;
using Cutover.Core.Dns;
using Cutover.Core.Planning;
using Cutover.Core.Ports;
using Cutover.Core.Runbook;
using Cutover.Core.UseCases;
using Cutover.Host.Chat;
using Cutover.Host.Health;
using Cutover.Host.Inbound;
using Cutover.Host.Options;
using Cutover.Host.Sandbox;
using Cutover.Host.Scheduling;
using Cutover.Host.Slack;
using Cutover.Host.Teams;
using Cutover.Infrastructure;
using Cutover.Infrastructure.Dns;
using Cutover.Infrastructure.Heroku;
using Cutover.Infrastructure.Heroku.Steps;
using Cutover.Infrastructure.Monitoring;
using Cutover.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cutover.Host;

/// <summary>The composition root: the only place that reads configuration.</summary>
public static class CutoverHost
{
    public static IHostApplicationBuilder AddCutover(this IHostApplicationBuilder builder)
    {
        builder.AddSandboxIfEnabled();
        var database = ResolveDatabase(builder.Configuration);
        builder.Services.AddCutoverStore(database);
        builder.Services.AddHerokuClients(ResolveHeroku(builder.Configuration), ResolveMigration(builder.Configuration));
        // Hosted services start in registration order: migrations before the scheduler touches the database.
        builder.Services.AddHostedService<DatabaseMigrationService>();
        builder.AddCutoverScheduler(database);
        builder.AddSlackIfConfigured();
        builder.AddTeams();
        builder.AddApprovals();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddTransient<DecideStep>();
        builder.AddDnsAndMonitoring();
        builder.Services.AddSingleton<ExpireApprovals>();
        builder.AddPlanning();
        builder.Services.AddSingleton<InboundWorker>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<InboundWorker>());
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static WebApplication MapCutover(this WebApplication app)
    {
        app.MapHealthChecks("/healthz");
        app.MapSandboxIfEnabled();
        if (app.Services.GetService<SlackSettings>() is not null)
            app.MapSlack();
        app.MapTeams();
        if (app.Services.GetRequiredService<TeamsSettings>().IsAuthenticationDisabled)
            TeamsEndpoints.LogEmulatorMode(app.Logger);
        return app;
    }

    private static DatabaseSettings ResolveDatabase(IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var url = configuration["DATABASE_URL"] is { Length: > 0 } fromEnvironment ? fromEnvironment : options.Url;
        try
        {
            return DatabaseSettings.Resolve(url, options.SqlitePath);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            throw new StartupConfigurationException(exception.Message);
        }
    }

    private static HerokuClientOptions ResolveHeroku(IConfiguration configuration)
    {
        var options = configuration.GetSection(HerokuOptions.Section).Get<HerokuOptions>() ?? new HerokuOptions();
        var client = new HerokuClientOptions
        {
            ApiToken = First(configuration["HEROKU_API_TOKEN"], options.ApiToken) ?? string.Empty,
        };
        if (First(configuration["HEROKU_API_URL"], options.ApiUrl) is { } platform)
            client.PlatformBaseUrl = BaseUrl(platform, "HEROKU_API_URL");
        if (First(configuration["HEROKU_DATA_API_URL"], options.DataApiUrl) is { } data)
            client.DataBaseUrl = BaseUrl(data, "HEROKU_DATA_API_URL");
        return client;
    }

    private static MigrationOptions ResolveMigration(IConfiguration configuration)
    {
        var settings = configuration.GetSection(MigrationSettings.Section).Get<MigrationSettings>() ?? new MigrationSettings();
        var options = new MigrationOptions();
        if (settings.MaintenancePageUrl is { Length: > 0 } maintenance)
            options = options with { MaintenancePageUrl = PageUrl(maintenance, "Migration:MaintenancePageUrl").ToString() };
        if (settings.ErrorPageUrl is { Length: > 0 } error)
            options = options with { ErrorPageUrl = PageUrl(error, "Migration:ErrorPageUrl").ToString() };
        return options with
        {
            ReleaseTimeout = Timeout(settings.ReleaseTimeout, options.ReleaseTimeout, "Migration:ReleaseTimeout"),
            AddonTimeout = Timeout(settings.AddonTimeout, options.AddonTimeout, "Migration:AddonTimeout"),
            LagTimeout = Timeout(settings.LagTimeout, options.LagTimeout, "Migration:LagTimeout"),
            SmokeTimeout = Timeout(settings.SmokeTimeout, options.SmokeTimeout, "Migration:SmokeTimeout"),
        };
    }

    private static TimeSpan Timeout(TimeSpan? configured, TimeSpan fallback, string name) => configured switch
    {
        null => fallback,
        { } value when value > TimeSpan.Zero && value <= TimeSpan.FromHours(12) => value,
        _ => throw new StartupConfigurationException($"{name} must be between 00:00:01 and 12:00:00."),
    };

    private static Uri PageUrl(string value, string name) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme == "https"
            ? uri
            : throw new StartupConfigurationException($"{name} must be an absolute https URL (Heroku serves it to visitors).");

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static Uri BaseUrl(string value, string name) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http"
            ? uri
            : throw new StartupConfigurationException($"{name} must be an absolute http(s) URL, e.g. https://api.heroku.com.");

    private static void AddPlanning(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlanningOptions>()
            .BindConfiguration(PlanningOptions.Section)
            .Validate(o => o.TargetAppSuffix.Length is >= 2 and <= 10 && o.TargetAppSuffix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'),
                "Planning:TargetAppSuffix must be 2–10 lowercase letters, digits or dashes, e.g. -ps.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<PlanningOptions>>().Value;
            return new PlannerOptions { TargetAppSuffix = o.TargetAppSuffix, AllowPostgresCopyWithDowntime = o.AllowPostgresCopyWithDowntime };
        });
        // Transient: these hold the inspector's typed HTTP clients, which must not live for the whole process.
        builder.Services.AddTransient<PlanRun>();
        builder.Services.AddTransient<IStepExecutor, PreflightStep>();
        builder.Services.AddTransient<IStepExecutor, DnsSwitchStep>();
        builder.Services.AddTransient<ExecuteApprovedStep>();
        builder.Services.AddTransient<IStepBriefing, PlanWarningsBriefing>();
        builder.Services.AddTransient<IStepBriefing, CutoverWindowBriefing>();
        builder.Services.AddTransient<IStepBriefing, RollbackBriefing>();
        builder.Services.AddTransient<IChatNotifier, ChannelRouter>();
        builder.Services.AddTransient<RunAnnouncer>();
        builder.Services.AddTransient<Func<PlanRun>>(sp => sp.GetRequiredService<PlanRun>);
        builder.Services.AddTransient<ChatCommands>();
    }

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
        builder.Services.AddTransient<IStepExecutor, DnsTtlStep>();
        builder.Services.AddTransient<IStepExecutor, RestoreTtlStep>();
        builder.Services.AddTransient<IStepExecutor, MonitorStep>();
        builder.Services.AddTransient<IApprovalGate, DnsReadinessGate>();
        builder.Services.AddTransient<RemindDnsTtl>();
        builder.Services.AddTransient<MonitorRun>();
    }

    /// <summary>Slack's endpoints, client and notifier, when <c>SLACK_BOT_TOKEN</c> and <c>SLACK_SIGNING_SECRET</c> are set.</summary>
    private static void AddSlackIfConfigured(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var options = configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() ?? new SlackOptions();
        var token = First(configuration["SLACK_BOT_TOKEN"], options.BotToken);
        var secret = First(configuration["SLACK_SIGNING_SECRET"], options.SigningSecret);
        if (token is null && secret is null)
            return;
        if (token is null || secret is null)
            throw new StartupConfigurationException($"{(token is null ? "SLACK_BOT_TOKEN" : "SLACK_SIGNING_SECRET")} is not set; Slack needs both SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET.");
        var settings = new SlackSettings { BotToken = token, SigningSecret = secret };
        if (First(configuration["SLACK_API_URL"], options.ApiUrl) is { } url)
            settings.ApiBaseUrl = BaseUrl(url, "SLACK_API_URL");
        if (options.PostInterval is { } interval)
            settings.PostInterval = interval >= TimeSpan.Zero && interval <= TimeSpan.FromSeconds(10) ? interval
                : throw new StartupConfigurationException("Slack:PostInterval must be between 00:00:00 and 00:00:10.");
        if (options.GroupCacheExpiry is { } expiry)
            settings.GroupCacheExpiry = expiry >= TimeSpan.Zero && expiry <= TimeSpan.FromHours(24) ? expiry
                : throw new StartupConfigurationException("Slack:GroupCacheExpiry must be between 00:00:00 and 1.00:00:00.");
        builder.Services.AddSlack(settings);
        builder.Services.AddTransient<IInboundHandler, SlackInboundHandler>();
    }

    /// <summary>
    /// The Teams endpoint, Bot Connector client and notifier. Without <c>MicrosoftAppId</c> the endpoint serves the Bot Framework
    /// Emulator on loopback only.
    /// </summary>
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
        };
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

        builder.Services.AddKeyedTransient<IChatNotifier>(ChatChannel.Teams, (provider, _) => provider.GetRequiredService<TeamsChatNotifier>());
        builder.Services.AddSingleton<TeamsInvokeReplies>();
        builder.Services.AddTransient<IInboundHandler, TeamsInboundHandler>();
    }

    private static void AddApprovals(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ApprovalOptions>()
            .BindConfiguration(ApprovalOptions.Section)
            .Configure<IConfiguration>((o, configuration) =>
            {
                o.Users = configuration["CUTOVER_APPROVERS"] is { Length: > 0 } users ? users : o.Users;
                o.Groups = configuration["CUTOVER_APPROVER_GROUPS"] is { Length: > 0 } groups ? groups : o.Groups;
            })
            .Validate(o => o.Quorum is >= 1 and <= 5, "Approvals:Quorum must be between 1 and 5.")
            .Validate(o => o.DestructiveQuorum >= Math.Max(2, o.Quorum) && o.DestructiveQuorum <= 5,
                "Approvals:DestructiveQuorum must be between 2 and 5, and at least Approvals:Quorum.")
            .Validate(o => o.Expiry >= TimeSpan.FromMinutes(5) && o.Expiry <= TimeSpan.FromDays(7),
                "Approvals:Expiry must be between 00:05:00 and 7.00:00:00.")
            .Validate(o => o.RenotifyInterval >= TimeSpan.FromMinutes(5) && o.RenotifyInterval <= TimeSpan.FromDays(7),
                "Approvals:RenotifyInterval must be between 00:05:00 and 7.00:00:00.")
            .Validate<IEnumerable<IGroupMembership>>(
                (o, memberships) => ApprovalOptions.Split(o.Groups).Count == 0 || memberships.Any(),
                "CUTOVER_APPROVER_GROUPS (Approvals:Groups) is set, but no chat platform that can resolve group members is configured.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApprovalOptions>>().Value;
            return new ApprovalPolicy
            {
                Users = ApprovalOptions.Split(o.Users),
                Groups = ApprovalOptions.Split(o.Groups),
                RequesterMayApprove = o.RequesterMayApprove,
                Quorum = o.Quorum,
                DestructiveQuorum = o.DestructiveQuorum,
                Expiry = o.Expiry,
            };
        });
        builder.Services.AddSingleton<ApproverDirectory>();
        builder.Services.AddTransient(sp => new RemindPendingApprovals(sp.GetRequiredService<IRunStore>(), sp.GetRequiredService<IRunPosts>(),
            sp.GetRequiredService<IChatNotifier>(), sp.GetRequiredService<ApprovalPolicy>(),
            sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApprovalOptions>>().Value.RenotifyInterval, sp.GetRequiredService<TimeProvider>()));
    }
}
