using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Cutover.Sandbox.Heroku;

/// <summary>Registers the Heroku simulator's state.</summary>
public static class HerokuSimulatorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="HerokuSimulator"/> as a singleton, seeded from the embedded <c>seed.yaml</c> (or
    /// <see cref="HerokuSimulatorOptions.SeedPath"/>). Its clock is the container's <see cref="TimeProvider"/>
    /// (the system clock unless one is registered, e.g. a FakeTimeProvider in tests).
    /// </summary>
    public static IServiceCollection AddHerokuSimulator(this IServiceCollection services, Action<HerokuSimulatorOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var options = services.AddOptions<HerokuSimulatorOptions>();
        if (configure is not null)
            options.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<HerokuSimulator>();
        return services;
    }
}
