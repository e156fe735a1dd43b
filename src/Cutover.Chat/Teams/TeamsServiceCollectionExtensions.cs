using Cutover.Chat.Teams.Auth;
using Cutover.Chat.Teams.Graph;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cutover.Chat.Teams;

public static class TeamsServiceCollectionExtensions
{
    /// <summary>
    /// The Teams protocol layer: <see cref="BotFrameworkTokenValidator"/> (inbound JWT), <see cref="BotConnectorTokenProvider"/>
    /// (MSAL client credentials), <see cref="BotConnectorClientFactory"/> (Refit Connector v3 with retries) and
    /// <see cref="TeamsChatNotifier"/> and <see cref="GraphGroupMembership"/>, all singletons. The notifier is registered as itself, not as
    /// <see cref="Core.Ports.IChatNotifier"/>: the host picks the notifier by the conversation's channel.
    /// </summary>
    /// <exception cref="OptionsValidationException">An app id without a password, or a URL that is not absolute https (http on loopback only).</exception>
    public static IServiceCollection AddTeams(this IServiceCollection services, TeamsOptions settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        return Register(services, ChatOptionsRules.Passed<TeamsOptions>(new ChatOptionsRules(), settings));
    }

    /// <summary>
    /// Teams with the <c>Teams</c> section, validated when the host starts: the layer of <see cref="AddTeams"/>, the notifier
    /// keyed by <see cref="ChatChannel.Teams"/>, how stored Teams requests are answered, and, with credentials and a tenant,
    /// Microsoft Graph as the source of <c>teams-group:</c> approvers. <paramref name="emulator"/> is the host's Emulator
    /// mode switch. The section is read now as well: the bot's credentials decide what is registered.
    /// </summary>
    public static IHostApplicationBuilder AddCutoverTeams(this IHostApplicationBuilder builder, bool emulator)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<TeamsOptions>().BindConfiguration(TeamsOptions.Section).Configure(o => o.Emulator = emulator).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsOptions>, ChatOptionsRules>());
        var settings = builder.Configuration.GetSection(TeamsOptions.Section).Get<TeamsOptions>() ?? new TeamsOptions();
        settings.Emulator = emulator;
        Register(builder.Services, settings);
        if (!settings.IsAuthenticationDisabled && settings.GraphTenant is not null)
            builder.Services.AddTransient<IGroupMembership>(provider => provider.GetRequiredService<GraphGroupMembership>());
        builder.Services.AddKeyedTransient<IChatNotifier>(ChatChannel.Teams, (provider, _) => provider.GetRequiredService<TeamsChatNotifier>());
        builder.Services.AddTeamsInbound();
        return builder;
    }

    private static IServiceCollection Register(IServiceCollection services, TeamsOptions settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton(_ => new BotFrameworkTokenValidator(settings, MetadataClient()));

        var login = services.AddHttpClient(MsalHttpClients.ClientName);
        if (MsalHttpClients.NeedsRedirect(settings))
            login.AddHttpMessageHandler(() => new LoginRedirectHandler(TeamsOptions.DefaultLoginBaseUrl, settings.LoginBaseUrl));
        services.AddSingleton<MsalHttpClients>();
        services.AddSingleton(provider => new BotConnectorTokenProvider(settings, provider.GetRequiredService<MsalHttpClients>()));

        services.AddTransient<BotConnectorAuthHandler>();
        // Outermost first: retries around the token handler, so every attempt carries a current token.
        var connector = services.AddHttpClient(BotConnectorClientFactory.ClientName);
        connector.AddStandardResilienceHandler(options => TeamsRetryPolicy.Configure(options, settings.ConnectorRetryDelay));
        connector.AddHttpMessageHandler<BotConnectorAuthHandler>();
        connector.AddHttpMessageHandler(() => new ApiCallMetricsHandler("teams-connector"));
        services.AddSingleton<BotConnectorClientFactory>();
        services.AddSingleton<TeamsChatNotifier>();

        // Approver groups: resolved only when the host adds GraphGroupMembership as an IGroupMembership.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new GraphTokenProvider(settings, provider.GetRequiredService<MsalHttpClients>()));
        services.AddTransient<GraphAuthHandler>();
        var graph = services.AddHttpClient(GraphGroupMembership.ClientName);
        graph.AddStandardResilienceHandler(options => options.Retry.ShouldRetryAfterHeader = true);
        graph.AddHttpMessageHandler<GraphAuthHandler>();
        graph.AddHttpMessageHandler(() => new ApiCallMetricsHandler("teams-graph"));
        services.AddSingleton<GraphGroupMembership>();
        return services;
    }

    /// <summary>
    /// How Teams' stored requests are answered: <see cref="TeamsInboundReplies"/>, the <see cref="IInboundReplies"/> for the
    /// <c>teams</c> channel, over the singleton <see cref="TeamsInvokeReplies"/> the endpoint's card clicks wait on. The
    /// endpoint is mapped with <see cref="TeamsEndpoints.MapTeams"/>.
    /// </summary>
    public static IServiceCollection AddTeamsInbound(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton<TeamsInvokeReplies>();
        return services.AddTransient<IInboundReplies, TeamsInboundReplies>();
    }

    /// <summary>Kept for the validator's life, so connections are recycled to follow DNS changes.</summary>
    private static HttpClient MetadataClient() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) }) { Timeout = TimeSpan.FromSeconds(15) };
}
