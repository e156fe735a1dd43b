using Cutover.Infrastructure.Monitoring;

namespace Cutover.Infrastructure;

public static class MonitoringServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="ILogSource"/> (Heroku log sessions; needs <c>AddHerokuClients</c> for the Platform API client),
    /// <see cref="ITrafficSampler"/>, the settings, and the <see cref="HealthRules"/> derived from them. The log
    /// stream's client has no overall timeout: each read is bounded by its <see cref="LogWindow"/>.
    /// </summary>
    public static IServiceCollection AddCutoverMonitoring(this IServiceCollection services, MonitoringSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        settings.Validate();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(settings);
        services.TryAddSingleton(settings.Rules());
        services.AddHttpClient(HerokuLogSource.StreamClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(15) });
        services.TryAddTransient<ILogSource, HerokuLogSource>();
        services.TryAddTransient<ITrafficSampler, LogTrafficSampler>();
        return services;
    }
}
