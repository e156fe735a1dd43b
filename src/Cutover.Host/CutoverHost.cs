using Cutover.Core.Conversations.Handlers;
using Cutover.Core.Planning;
using Cutover.Host.Chat;
using Cutover.Host.Health;
using Cutover.Host.Sandbox;
using Cutover.Host.Scheduling;
using Cutover.Infrastructure;
using Cutover.Infrastructure.Heroku;
using Cutover.Steps;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cutover.Host;

/// <summary>The composition root: the only place that reads configuration.</summary>
public static partial class CutoverHost
{
    public static IHostApplicationBuilder AddCutover(this IHostApplicationBuilder builder)
    {
        builder.AddSandboxIfEnabled();
        var database = ResolveDatabase(builder.Configuration);
        builder.Services.AddCutoverStore(database);
        builder.Services.AddHerokuClients(ResolveHeroku(builder.Configuration));
        builder.Services.AddCutoverSteps(ResolveMigration(builder.Configuration));
        // Hosted services start in registration order: migrations before the scheduler touches the database.
        builder.Services.AddHostedService<DatabaseMigrationService>();
        builder.AddCutoverScheduler(database);
        builder.AddSlackIfConfigured();
        builder.AddTeams();
        builder.AddApprovals();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddTransient<DecideStep>();
        builder.Services.AddTransient<PauseCutover>();
        builder.AddDnsAndMonitoring();
        builder.Services.AddSingleton<ExpireApprovals>();
        builder.AddPlanning();
        builder.Services.AddChatInbound();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static WebApplication MapCutover(this WebApplication app)
    {
        app.MapHealthChecks("/healthz");
        app.MapSandboxIfEnabled();
        if (app.Services.GetService<SlackSettings>() is not null)
            app.MapSlack();
        var teams = app.Services.GetRequiredService<TeamsSettings>();
        if (teams.ServesMessages)
            app.MapTeams();
        if (teams is { ServesMessages: true, IsAuthenticationDisabled: true })
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
        builder.Services.AddTransient<ExecuteApprovedStep>();
        builder.Services.AddTransient<IChatNotifier, ChannelRouter>();
        builder.Services.AddTransient<RunAnnouncer>();
        builder.Services.AddTransient<Func<PlanRun>>(sp => sp.GetRequiredService<PlanRun>);
        builder.Services.AddSingleton(sp => new ChatHomes(sp.GetService<SlackSettings>()?.WorkspaceId, sp.GetRequiredService<TeamsSettings>().HomeTenant));
        builder.Services.AddChatCommands();
    }

    /// <summary>The conversation: one handler per command (<see cref="ChatCommands"/> routes to them by command type).</summary>
    private static void AddChatCommands(this IServiceCollection services)
    {
        services.AddTransient<RunAccess>();
        services.AddTransient<RunChange>();
        services.AddTransient<PauseAnnouncer>();
        services.AddTransient<DecideHandler>();
        services.AddTransient<ICommandHandler>(sp => sp.GetRequiredService<DecideHandler>());
        services.AddTransient<ICommandHandler, PlanHandler>();
        services.AddTransient<ICommandHandler, StatusHandler>();
        services.AddTransient<ICommandHandler, ListHandler>();
        services.AddTransient<ICommandHandler, HelpHandler>();
        services.AddTransient<ICommandHandler, RetryHandler>();
        services.AddTransient<ICommandHandler, SkipHandler>();
        services.AddTransient<ICommandHandler, WaiveHandler>();
        services.AddTransient<ICommandHandler, RollbackHandler>();
        services.AddTransient<ICommandHandler, AbortHandler>();
        services.AddTransient<ICommandHandler, PauseHandler>();
        services.AddTransient<ICommandHandler, ResumeHandler>();
        services.AddTransient<ChatCommands>();
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
            .ValidateOnStart();
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<ApprovalOptions>, ApproverListValidation>();
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<Microsoft.Extensions.Options.IOptions<ApprovalOptions>>().Value;
            return new ApprovalPolicy
            {
                Users = o.ApproverUsers(),
                Groups = o.ApproverGroups(),
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
