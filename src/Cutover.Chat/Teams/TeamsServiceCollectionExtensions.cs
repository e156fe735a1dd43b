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
    /// <exception cref="ArgumentException">An app id without a password, or a URL that is not absolute https (http on loopback only).</exception>
    public static IServiceCollection AddTeams(this IServiceCollection services, TeamsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        Validate(settings);

        services.AddSingleton(settings);
        services.AddSingleton(_ => new BotFrameworkTokenValidator(settings, MetadataClient()));

        var login = services.AddHttpClient(MsalHttpClients.ClientName);
        if (MsalHttpClients.NeedsRedirect(settings))
            login.AddHttpMessageHandler(() => new LoginRedirectHandler(TeamsSettings.DefaultLoginBaseUrl, settings.LoginBaseUrl));
        services.AddSingleton<MsalHttpClients>();
        services.AddSingleton(provider => new BotConnectorTokenProvider(settings, provider.GetRequiredService<MsalHttpClients>()));

        services.AddTransient<BotConnectorAuthHandler>();
        // Outermost first: retries around the token handler, so every attempt carries a current token.
        var connector = services.AddHttpClient(BotConnectorClientFactory.ClientName);
        connector.AddStandardResilienceHandler(options => TeamsRetryPolicy.Configure(options, settings.ConnectorRetryDelay));
        connector.AddHttpMessageHandler<BotConnectorAuthHandler>();
        services.AddSingleton<BotConnectorClientFactory>();
        services.AddSingleton<TeamsChatNotifier>();

        // Approver groups: resolved only when the host adds GraphGroupMembership as an IGroupMembership.
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new GraphTokenProvider(settings, provider.GetRequiredService<MsalHttpClients>()));
        services.AddTransient<GraphAuthHandler>();
        var graph = services.AddHttpClient(GraphGroupMembership.ClientName);
        graph.AddStandardResilienceHandler(options => options.Retry.ShouldRetryAfterHeader = true);
        graph.AddHttpMessageHandler<GraphAuthHandler>();
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

    private static void Validate(TeamsSettings settings)
    {
        if (!settings.IsAuthenticationDisabled && string.IsNullOrWhiteSpace(settings.AppPassword))
            throw new ArgumentException("MicrosoftAppPassword must be set when MicrosoftAppId is set.", nameof(settings));
        RequireAllowed(settings.OpenIdMetadataUrl, "BOTFRAMEWORK_OPENID_METADATA_URL");
        RequireAllowed(settings.EntraOpenIdMetadataUrl, nameof(TeamsSettings.EntraOpenIdMetadataUrl));
        RequireAllowed(settings.LoginBaseUrl, nameof(TeamsSettings.LoginBaseUrl));
        RequireAllowed(settings.GraphBaseUrl, nameof(TeamsSettings.GraphBaseUrl));
    }

    private static void RequireAllowed(Uri? url, string name)
    {
        if (url is not { IsAbsoluteUri: true } || !ConnectorEndpoint.IsAllowed(url))
            throw new ArgumentException($"{name} must be an absolute https URL (plain http is allowed on loopback only); got '{url}'.", name);
    }

    /// <summary>Kept for the validator's life, so connections are recycled to follow DNS changes.</summary>
    private static HttpClient MetadataClient() =>
        new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(15) }) { Timeout = TimeSpan.FromSeconds(15) };
}
