using Cutover.Core.Conversations.Handlers;
using Cutover.Core.Dns;
using Cutover.Core.Planning;
using Cutover.Host.Chat;
using Cutover.Host.Configuration;
using Cutover.Host.Health;
using Cutover.Host.Scheduling;
using Cutover.Host.Telemetry;
using Cutover.Infrastructure.Audit;
using Cutover.Infrastructure.Monitoring;
using Cutover.Sandbox.Runtime;
using Cutover.Steps;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cutover.Host;

/// <summary>The composition root: the only place that reads configuration.</summary>
public static class CutoverHost
{
    public static IHostApplicationBuilder AddCutover(this IHostApplicationBuilder builder)
    {
        // HEROKU_API_TOKEN, DATABASE_URL, SLACK_BOT_TOKEN…: read as the keys of their sections from here on.
        builder.Configuration.Add(new SettingVariablesSource(builder.Configuration));
        builder.AddSandboxIfEnabled();
        builder.AddCutoverStore();
        builder.AddCutoverHeroku();
        builder.AddCutoverSteps();
        // Hosted services start in registration order: migrations before the scheduler touches the database.
        builder.Services.AddHostedService<DatabaseMigrationService>();
        builder.AddCutoverScheduler();
        builder.AddCutoverDns();
        builder.AddCutoverMonitoring();
        builder.AddCutoverSlack();
        builder.AddCutoverTeams(RealCredentials.Switch(builder.Configuration, TeamsEmulatorVariable, "the Teams Emulator mode") ?? false);
        builder.AddApprovals();
        builder.AddCutoverAuditLinks();
        builder.AddPlanning();
        builder.AddUseCases();
        builder.Services.AddChatInbound();
        builder.AddCutoverTelemetry();
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static WebApplication MapCutover(this WebApplication app)
    {
        app.MapHealthChecks("/healthz");
        app.MapAuditDownloads();
        app.MapHealthCharts();
        app.MapSandboxIfEnabled();
        if (app.Services.GetService<SlackOptions>() is not null)
            app.MapSlack();
        var teams = app.Services.GetRequiredService<TeamsOptions>();
        if (teams.ServesMessages)
            app.MapTeams();
        if (teams is { ServesMessages: true, IsAuthenticationDisabled: true })
            TeamsEndpoints.LogEmulatorMode(app.Logger);
        return app;
    }

    /// <summary>
    /// <c>true</c> serves the Teams endpoint without authentication to the Bot Framework Emulator: loopback only, and
    /// never next to a real credential.
    /// </summary>
    private const string TeamsEmulatorVariable = "CUTOVER_TEAMS_EMULATOR";

    /// <summary>The use cases the conversation and the jobs call, over the ports registered above.</summary>
    private static void AddUseCases(this IHostApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddTransient<DecideStep>();
        builder.Services.AddTransient<PauseCutover>();
        builder.Services.AddSingleton<ExpireApprovals>();
        builder.Services.AddTransient<DnsRecords>();
        builder.Services.AddTransient<MonitorRun>();
    }

    private static void AddPlanning(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<PlannerOptions>()
            .BindConfiguration(PlannerOptions.Section)
            .Validate(o => o.TargetAppSuffix.Length is >= 2 and <= 10 && o.TargetAppSuffix.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'),
                "Planning:TargetAppSuffix must be 2–10 lowercase letters, digits or dashes, e.g. -ps.")
            .ValidateOnStart();
        builder.Services.AddSingleton(sp => sp.GetRequiredService<IOptions<PlannerOptions>>().Value);
        // Transient: these hold the inspector's typed HTTP clients, which must not live for the whole process.
        builder.Services.AddTransient<PlanRun>();
        builder.Services.AddTransient<ApprovalFingerprints>();
        builder.Services.AddTransient<ConfirmManualAction>();
        builder.Services.AddTransient<ExecuteApprovedStep>();
        builder.Services.AddTransient<IChatNotifier, ChannelRouter>();
        builder.Services.AddTransient<RunAnnouncer>();
        builder.Services.AddTransient<Func<PlanRun>>(sp => sp.GetRequiredService<PlanRun>);
        builder.Services.AddSingleton(sp => new ChatHomes(sp.GetService<SlackOptions>()?.WorkspaceId?.Trim(), sp.GetRequiredService<TeamsOptions>().HomeTenant));
        builder.Services.AddChatCommands();
    }

    /// <summary>The conversation: one handler per command (<see cref="ChatCommands"/> routes to them by command type).</summary>
    private static void AddChatCommands(this IServiceCollection services)
    {
        services.AddTransient<RunAccess>();
        services.AddTransient<RunChange>();
        services.AddTransient<PauseAnnouncer>();
        services.AddTransient<DecideHandler>();
        services.AddTransient<ManualActionHandler>();
        services.AddTransient<ICommandHandler>(sp => sp.GetRequiredService<DecideHandler>());
        services.AddTransient<ICommandHandler, PlanHandler>();
        services.AddTransient<ICommandHandler, StatusHandler>();
        services.AddTransient<ICommandHandler, ListHandler>();
        services.AddTransient<ICommandHandler, HelpHandler>();
        services.AddTransient<ICommandHandler, RetryHandler>();
        services.AddTransient<ICommandHandler, SkipHandler>();
        services.AddTransient<ICommandHandler, WaiveHandler>();
        services.AddTransient<ICommandHandler, AuditHandler>();
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
            .Validate(o => o.Quorum is >= 1 and <= 5, "Approvals:Quorum must be between 1 and 5.")
            .Validate(o => o.DestructiveQuorum >= Math.Max(2, o.Quorum) && o.DestructiveQuorum <= 5,
                "Approvals:DestructiveQuorum must be between 2 and 5, and at least Approvals:Quorum.")
            .Validate(o => o.Expiry >= TimeSpan.FromMinutes(5) && o.Expiry <= TimeSpan.FromDays(7),
                "Approvals:Expiry must be between 00:05:00 and 7.00:00:00.")
            .Validate(o => o.RenotifyInterval >= TimeSpan.FromMinutes(5) && o.RenotifyInterval <= TimeSpan.FromDays(7),
                "Approvals:RenotifyInterval must be between 00:05:00 and 7.00:00:00.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<ApprovalOptions>, ApproverListValidation>();
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<ApprovalOptions>>().Value;
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
            sp.GetRequiredService<IOptions<ApprovalOptions>>().Value.RenotifyInterval, sp.GetRequiredService<TimeProvider>()));
    }
}
