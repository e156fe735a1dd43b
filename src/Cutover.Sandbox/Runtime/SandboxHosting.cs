using Cutover.Core.Approvals;
using Cutover.Core.Configuration;
using Cutover.Core.Ports;
using Cutover.Core.Runbook;
using Cutover.Infrastructure;
using Cutover.Infrastructure.Approvals;
using Cutover.Infrastructure.Dns;
using Cutover.Infrastructure.Heroku;
using Cutover.Infrastructure.Persistence;
using Cutover.Sandbox.Console;

namespace Cutover.Sandbox.Runtime;

/// <summary>
/// Sandbox mode (<see cref="SandboxMode"/>): Heroku is the simulator on its own loopback port, the custom domains' DNS is
/// simulated too (Cloudflare's API next to it, their name server on a loopback UDP port), the chat is the console page at
/// <c>/</c>, and one <see cref="SandboxClock"/> is the time of the host, Quartz and the simulator.
/// </summary>
public static class SandboxHosting
{
    /// <summary>
    /// In sandbox mode: starts the Heroku simulator, points the Heroku settings at it with the seed's token, points the
    /// DNS settings at the simulated zones (lookups at their name server, changes through their Cloudflare API), lists the
    /// sandbox approvers unless <c>CUTOVER_APPROVERS</c> is set, uses a fresh SQLite file unless a database is configured,
    /// makes the sandbox clock the container's <see cref="TimeProvider"/>, and registers the console channel. Call it
    /// before anything reads those settings or registers a clock. Does nothing outside sandbox mode.
    /// </summary>
    public static IHostApplicationBuilder AddSandboxIfEnabled(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        if (!SandboxMode.IsOn(configuration))
            return builder;
        foreach (var key in new[] { "Heroku:ApiUrl", "Heroku:DataApiUrl" })
        {
            var variable = SettingVariables.NameOf(key);
            if (!string.IsNullOrWhiteSpace(configuration[key]))
            {
                throw new StartupConfigurationException(
                    $"{variable} is set, but without HEROKU_API_TOKEN Cutover runs as the sandbox, whose Heroku is simulated. "
                    + $"Set HEROKU_API_TOKEN to use that API, or unset {variable}.");
            }
        }

        var clock = new SandboxClock(TimeProvider.System);
        var heroku = SimulatorServer.StartAsync(clock, CancellationToken.None).GetAwaiter().GetResult();
        var settings = new Dictionary<string, string?>
        {
            [$"{HerokuOptions.Section}:ApiUrl"] = heroku.BaseAddress.ToString(),
            [$"{HerokuOptions.Section}:DataApiUrl"] = heroku.BaseAddress.ToString(),
            [$"{HerokuOptions.Section}:ApiToken"] = heroku.Simulator.Tokens[0],
            // The demo domains are the sandbox's own: a real DNS provider or resolver never sees them.
            [$"{DnsOptions.Section}:CloudflareApiUrl"] = heroku.CloudflareApiUrl.ToString(),
            [$"{DnsOptions.Section}:CloudflareApiToken"] = heroku.CloudflareToken,
            [$"{DnsOptions.Section}:Resolvers:0"] = heroku.NameServer.ToString(),
            [$"{DnsOptions.Section}:AuthoritativePort"] = heroku.NameServer.Port.ToString(CultureInfo.InvariantCulture),
        };
        var approversKey = $"{ApprovalOptions.Section}:Users";
        var approvers = First(configuration[approversKey]);
        if (approvers is null)
            settings[approversKey] = string.Join(' ', SandboxUsers.DefaultApprovers);
        ScratchDatabase? scratch = null;
        if (First(configuration[$"{DatabaseOptions.Section}:Url"], configuration[$"{DatabaseOptions.Section}:SqlitePath"]) is null)
        {
            scratch = new ScratchDatabase();
            settings[$"{DatabaseOptions.Section}:SqlitePath"] = scratch.Path;
        }

        configuration.AddInMemoryCollection(settings);

        var services = builder.Services;
        // Factory registrations: the container disposes them after the hosted services (Quartz) have stopped.
        services.AddSingleton(_ => heroku);
        if (scratch is not null)
        {
            // Registered before the host's own hosted services, so it stops after them (Quartz included).
            services.AddSingleton(_ => scratch);
            services.AddHostedService(sp => sp.GetRequiredService<ScratchDatabase>());
        }
        services.AddSingleton(heroku.Simulator);
        services.AddSingleton(clock);
        services.AddSingleton<TimeProvider>(clock);
        // A malformed list is reported by the approver settings' start-up check; the console then has no approvers to show.
        services.AddSingleton(new SandboxUsers(ApproverList.Users(approvers ?? settings[approversKey]).Value ?? new HashSet<ChatUser>()));
        services.AddSingleton(sp => new ConsoleChannel(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ConsoleChatNotifier>();
        services.AddKeyedSingleton<IChatNotifier>(ChatChannel.Console, (sp, _) => sp.GetRequiredService<ConsoleChatNotifier>());
        services.AddSingleton<SandboxTimeControl>();
        services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler(() => new SandboxCallHandler(clock, heroku.BaseAddress)));
        return builder;
    }

    /// <summary>In sandbox mode: the console page at <c>/</c>, its API under <c>/api/sandbox</c> and the start-up line.</summary>
    public static WebApplication MapSandboxIfEnabled(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (app.Services.GetService<SimulatorServer>() is not { } heroku)
            return app;
        var channel = app.Services.GetRequiredService<ConsoleChannel>();
        heroku.Changed += (_, change) => channel.Publish(ConsoleEvent.Heroku, change);
        app.MapConsolePage();
        app.MapSandboxApi();
        SandboxAnnouncement.AnnounceWhenStarted(app);
        return app;
    }

    private static string? First(params string?[] values) => values.FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
}
