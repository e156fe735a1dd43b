using Cutover.Infrastructure.Heroku.Data;
using Cutover.Infrastructure.Heroku.Http;

namespace Cutover.Infrastructure.Heroku;

/// <summary>
/// Registers one Refit client per resource group. Each request passes, outermost first:
/// <see cref="HerokuHeadersHandler"/> → standard resilience (<see cref="HerokuRetryPolicy"/>) →
/// <see cref="RateLimitPacingHandler"/> (Platform API only; the Data API has its own, undocumented limits) →
/// <see cref="LatencyRecordingHandler"/> → <see cref="ApiCallMetricsHandler"/> → network.
/// </summary>
internal static class HerokuClientRegistration
{
    public static IServiceCollection Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<RateLimitBudget>();
        services.TryAddSingleton(new RateLimitPacer());
        services.TryAddSingleton<ApiLatency>();
        var settings = HerokuRefitSettings.Create();

        Platform<IAppsApi>(services, settings);
        Platform<ITeamAppsApi>(services, settings);
        Platform<ISpacesApi>(services, settings);
        Platform<IReleasesApi>(services, settings);
        Platform<ISlugsApi>(services, settings);
        Platform<IBuildsApi>(services, settings);
        Platform<IBuildpackInstallationsApi>(services, settings);
        Platform<IConfigVarsApi>(services, settings);
        Platform<IAddOnsApi>(services, settings);
        Platform<IAddOnAttachmentsApi>(services, settings);
        Platform<IAddOnServicesApi>(services, settings);
        Platform<IFormationApi>(services, settings);
        Platform<IDynoSizesApi>(services, settings);
        Platform<IDynosApi>(services, settings);
        Platform<IDomainsApi>(services, settings);
        Platform<ISniEndpointsApi>(services, settings);
        Platform<ILogSessionsApi>(services, settings);
        Platform<IAppFeaturesApi>(services, settings);
        Platform<IAccountApi>(services, settings);
        Platform<ILogDrainsApi>(services, settings);
        Platform<ICollaboratorsApi>(services, settings);
        Platform<IAppWebhooksApi>(services, settings);
        Platform<IPipelinesApi>(services, settings);
        Data<IPostgresDataApi>(services, settings);
        Data<IRedisDataApi>(services, settings);

        services.TryAddTransient<IHerokuPlatform, HerokuPlatform>();
        services.TryAddTransient<HerokuSourceReader>();
        services.TryAddTransient<HerokuIntegrationsReader>();
        services.TryAddTransient<HerokuSpaceReader>();
        services.TryAddTransient<IMigrationInspector, HerokuMigrationInspector>();
        services.TryAddTransient<ISourceFingerprints, HerokuSourceFingerprints>();
        return services;
    }

    private static void Platform<TApi>(IServiceCollection services, RefitSettings settings)
        where TApi : class =>
        Client<TApi>(services, o => o.PlatformBaseUrl, settings)
            .AddHttpMessageHandler(provider => new RateLimitPacingHandler(
                provider.GetRequiredService<RateLimitBudget>(),
                provider.GetRequiredService<RateLimitPacer>(),
                provider.GetRequiredService<TimeProvider>(),
                provider.GetRequiredService<ILogger<RateLimitPacingHandler>>()))
            .AddHttpMessageHandler(Latency)
            .AddHttpMessageHandler(() => new ApiCallMetricsHandler("heroku-platform"));

    private static void Data<TApi>(IServiceCollection services, RefitSettings settings)
        where TApi : class =>
        Client<TApi>(services, o => o.DataBaseUrl, settings).AddHttpMessageHandler(Latency)
            .AddHttpMessageHandler(() => new ApiCallMetricsHandler("heroku-data"));

    private static LatencyRecordingHandler Latency(IServiceProvider provider) =>
        new(provider.GetRequiredService<ApiLatency>(), provider.GetRequiredService<TimeProvider>());

    private static IHttpClientBuilder Client<TApi>(IServiceCollection services, Func<HerokuOptions, Uri> baseUrl, RefitSettings settings)
        where TApi : class
    {
        var builder = services.AddRefitGeneratedClient<TApi>(settings)
            .ConfigureHttpClient((provider, client) => client.BaseAddress = baseUrl(provider.GetRequiredService<HerokuOptions>()))
            .AddHttpMessageHandler(provider =>
            {
                var options = provider.GetRequiredService<HerokuOptions>();
                return new HerokuHeadersHandler(options.ApiToken, options.UserAgent);
            });
        builder.AddStandardResilienceHandler(HerokuRetryPolicy.Configure);
        return builder;
    }
}
