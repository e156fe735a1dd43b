using Cutover.Chat.Slack.Inbound;
using Cutover.Chat.Slack.Verification;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cutover.Chat.Slack;

public static class SlackServiceCollectionExtensions
{
    /// <summary>
    /// Registers the Slack layer:
    /// <list type="bullet">
    /// <item><see cref="SlackSignatureVerifier"/> (singleton, on the container's <see cref="TimeProvider"/>);</item>
    /// <item><see cref="ISlackWebApi"/> (Refit with <see cref="SlackRefitSettings"/>: the envelope checked by
    /// <see cref="SlackErrorFactory"/>; <see cref="SlackBotTokenHandler"/> → the <see cref="SlackRetryPolicy"/> pipeline → network);</item>
    /// <item><see cref="SlackChatNotifier"/> (transient; also the <see cref="IChatNotifier"/> keyed by <see cref="ChatChannel.Slack"/>)
    /// over the singleton <see cref="SlackChannelPacer"/>. Retries and pacing run on the wall clock even when the
    /// container's <see cref="TimeProvider"/> is a fake one;</item>
    /// <item><see cref="SlackUserGroupMembership"/> (transient; also one of the <see cref="IGroupMembership"/>s) over the
    /// singleton <see cref="SlackUserGroupCache"/>.</item>
    /// </list>
    /// Throws <see cref="ArgumentException"/> naming the first missing or invalid setting (never its value).
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, SlackSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        Validate(settings);
        var baseUrl = WithTrailingSlash(settings.ApiBaseUrl);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton(provider => new SlackSignatureVerifier(settings.SigningSecret, provider.GetRequiredService<TimeProvider>()));
        // Slack's rate limits are wall-clock time, whatever clock the application runs on (see SlackRetryPolicy).
        services.AddSingleton(_ => new SlackChannelPacer(settings.PostInterval, TimeProvider.System));
        services.AddSingleton(provider => new SlackUserGroupCache(settings.GroupCacheExpiry, provider.GetRequiredService<TimeProvider>()));

        var token = settings.BotToken;
        services.AddRefitGeneratedClient<ISlackWebApi>(provider => SlackRefitSettings.Create(provider.GetRequiredService<ILogger<ISlackWebApi>>()))
            .ConfigureHttpClient(client => client.BaseAddress = baseUrl)
            .AddHttpMessageHandler(() => new SlackBotTokenHandler(token))
            .AddResilienceHandler("slack", SlackRetryPolicy.Configure);

        services.AddTransient<SlackChatNotifier>();
        services.AddKeyedTransient<IChatNotifier>(ChatChannel.Slack, (provider, _) => provider.GetRequiredService<SlackChatNotifier>());
        services.AddTransient<SlackUserGroupMembership>();
        services.TryAddEnumerable(ServiceDescriptor.Transient<IGroupMembership, SlackUserGroupMembership>());
        return services;
    }

    /// <summary>
    /// How Slack's stored requests are answered: <see cref="SlackInboundReplies"/> (ephemeral messages), the
    /// <see cref="IInboundReplies"/> for the <c>slack</c> channel. The endpoints are mapped with <see cref="SlackEndpoints.MapSlack"/>.
    /// </summary>
    public static IServiceCollection AddSlackInbound(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        return services.AddTransient<IInboundReplies, SlackInboundReplies>();
    }

    private static void Validate(SlackSettings settings)
    {
        if (string.IsNullOrWhiteSpace(settings.BotToken))
            throw new ArgumentException("SLACK_BOT_TOKEN is not set.", nameof(settings));
        if (string.IsNullOrWhiteSpace(settings.SigningSecret))
            throw new ArgumentException("SLACK_SIGNING_SECRET is not set.", nameof(settings));
        if (settings.ApiBaseUrl is not { IsAbsoluteUri: true } url || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
            throw new ArgumentException("SLACK_API_URL must be an absolute http(s) URL.", nameof(settings));
        if (settings.PostInterval < TimeSpan.Zero)
            throw new ArgumentException("Slack PostInterval must not be negative.", nameof(settings));
        if (settings.GroupCacheExpiry < TimeSpan.Zero)
            throw new ArgumentException("Slack GroupCacheExpiry must not be negative.", nameof(settings));
    }

    private static Uri WithTrailingSlash(Uri url) =>
        url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}
