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
    /// Throws <see cref="OptionsValidationException"/> naming every missing or invalid setting (never its value).
    /// </summary>
    public static IServiceCollection AddSlack(this IServiceCollection services, SlackOptions settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        ChatOptionsRules.Passed<SlackOptions>(new ChatOptionsRules(), settings);
        if (!settings.IsOn)
            throw new OptionsValidationException(Options.DefaultName, typeof(SlackOptions), ["SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are not set."]);
        return Register(services, settings);
    }

    /// <summary>
    /// Slack with the <c>Slack</c> section, validated when the host starts (<c>SLACK_TEAM_ID</c> even when Slack is off);
    /// when the token or the secret is set, the layer of <see cref="AddSlack"/> and how stored Slack requests are answered.
    /// The section is read now as well, because it decides whether Slack is on.
    /// </summary>
    public static IHostApplicationBuilder AddCutoverSlack(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SlackOptions>().BindConfiguration(SlackOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SlackOptions>, ChatOptionsRules>());
        var settings = builder.Configuration.GetSection(SlackOptions.Section).Get<SlackOptions>() ?? new SlackOptions();
        if (settings.IsOn)
            Register(builder.Services, settings).AddSlackInbound();
        return builder;
    }

    private static IServiceCollection Register(IServiceCollection services, SlackOptions settings)
    {
        var baseUrl = WithTrailingSlash(settings.ApiBaseUrl);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(settings);
        services.AddSingleton(provider => new SlackSignatureVerifier(settings.SigningSecret, provider.GetRequiredService<TimeProvider>()));
        // Slack's rate limits are wall-clock time, whatever clock the application runs on (see SlackRetryPolicy).
        services.AddSingleton(_ => new SlackChannelPacer(settings.PostInterval, TimeProvider.System));
        services.AddSingleton(provider => new SlackUserGroupCache(settings.GroupCacheExpiry, provider.GetRequiredService<TimeProvider>()));

        var token = settings.BotToken;
        var client = services.AddRefitGeneratedClient<ISlackWebApi>(provider => SlackRefitSettings.Create(provider.GetRequiredService<ILogger<ISlackWebApi>>()))
            .ConfigureHttpClient(http => http.BaseAddress = baseUrl)
            .AddHttpMessageHandler(() => new SlackBotTokenHandler(token));
        client.AddResilienceHandler("slack", SlackRetryPolicy.Configure);
        // Innermost: each attempt is counted once.
        client.AddHttpMessageHandler(() => new ApiCallMetricsHandler("slack"));

        services.AddHttpClient<SlackFileUploads>();
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

    private static Uri WithTrailingSlash(Uri url) =>
        !url.IsAbsoluteUri ? url : url.AbsoluteUri.EndsWith('/') ? url : new Uri(url.AbsoluteUri + "/");
}
