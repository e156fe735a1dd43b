using Cutover.Infrastructure.Heroku.Data;
using Cutover.Infrastructure.Heroku.Http;

namespace Cutover.Infrastructure.Heroku;

/// <summary>
/// Registers one Refit client per resource group. Each request passes, outermost first:
/// <see cref="HerokuHeadersHandler"/> → standard resilience (<see cref="HerokuRetryPolicy"/>) →
/// <see cref="RateLimitPacingHandler"/> (Platform API only; the Data API has its own, undocumented limits) → network.
/// </summary>
internal static class HerokuClientRegistration
{
    public static IServiceCollection Register(IServiceCollection services, HerokuClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(options);
        RequireAbsolute(options.PlatformBaseUrl, nameof(options.PlatformBaseUrl));
        RequireAbsolute(options.DataBaseUrl, nameof(options.DataBaseUrl));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RateLimitBudget>();
        services.TryAddSingleton(new RateLimitPacer());
        services.TryAddSingleton<ApiLatency>();
        var settings = HerokuRefitSettings.Create();

        Platform<IAppsApi>(services, options, settings);
        Platform<ITeamAppsApi>(services, options, settings);
        Platform<ISpacesApi>(services, options, settings);
        Platform<IReleasesApi>(services, options, settings);
        Platform<ISlugsApi>(services, options, settings);
        Platform<IBuildsApi>(services, options, settings);
        Platform<IBuildpackInstallationsApi>(services, options, settings);
        Platform<IConfigVarsApi>(services, options, settings);
        Platform<IAddOnsApi>(services, options, settings);
        Platform<IAddOnAttachmentsApi>(services, options, settings);
        Platform<IAddOnServicesApi>(services, options, settings);
        Platform<IFormationApi>(services, options, settings);
        Platform<IDynoSizesApi>(services, options, settings);
        Platform<IDynosApi>(services, options, settings);
        Platform<IDomainsApi>(services, options, settings);
        Platform<ISniEndpointsApi>(services, options, settings);
        Platform<ILogSessionsApi>(services, options, settings);
        Platform<IAppFeaturesApi>(services, options, settings);
        Platform<IAccountApi>(services, options, settings);
        Data<IPostgresDataApi>(services, options, settings);
        Data<IRedisDataApi>(services, options, settings);

        services.TryAddTransient<IHerokuPlatform, HerokuPlatform>();
        services.TryAddTransient<HerokuSourceReader>();
        services.TryAddTransient<HerokuSpaceReader>();
        services.TryAddTransient<IMigrationInspector, HerokuMigrationInspector>();
        return services;
    }

    private static void Platform<TApi>(IServiceCollection services, HerokuClientOptions options, RefitSettings settings)
        where TApi : class =>
        Client<TApi>(services, options, options.PlatformBaseUrl, settings)
            .AddHttpMessageHandler(provider => new RateLimitPacingHandler(
                provider.GetRequiredService<RateLimitBudget>(),
                provider.GetRequiredService<RateLimitPacer>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<RateLimitPacingHandler>>()))
            .AddHttpMessageHandler(Latency);

    private static void Data<TApi>(IServiceCollection services, HerokuClientOptions options, RefitSettings settings)
        where TApi : class =>
        Client<TApi>(services, options, options.DataBaseUrl, settings).AddHttpMessageHandler(Latency);

    private static LatencyRecordingHandler Latency(IServiceProvider provider) =>
        new(provider.GetRequiredService<ApiLatency>(), provider.GetRequiredService<TimeProvider>());

    private static IHttpClientBuilder Client<TApi>(IServiceCollection services, HerokuClientOptions options, Uri baseUrl, RefitSettings settings)
        where TApi : class
    {
        var token = options.ApiToken;
        var userAgent = options.UserAgent;
        var builder = services.AddRefitGeneratedClient<TApi>(settings)
            .ConfigureHttpClient(client => client.BaseAddress = baseUrl)
            .AddHttpMessageHandler(() => new HerokuHeadersHandler(token, userAgent));
        builder.AddStandardResilienceHandler(HerokuRetryPolicy.Configure);
        return builder;
    }

    private static void RequireAbsolute(Uri url, string name)
    {
        if (url is not { IsAbsoluteUri: true })
            throw new ArgumentException($"{name} must be an absolute URL.", name);
    }
}
