using Cutover.Infrastructure.Monitoring;

namespace Cutover.Infrastructure;

public static class MonitoringServiceCollectionExtensions
{
    /// <summary>Monitoring with the <c>Monitoring</c> section, validated when the host starts.</summary>
    public static IHostApplicationBuilder AddCutoverMonitoring(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.BindSection<MonitoringOptions, MonitoringOptionsValidation>(MonitoringOptions.Section);
        Register(builder.Services);
        return builder;
    }

    /// <summary>Monitoring with the given options, checked now.</summary>
    /// <exception cref="OptionsValidationException">A setting out of range, named.</exception>
    public static IServiceCollection AddCutoverMonitoring(this IServiceCollection services, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.UseOptions<MonitoringOptions, MonitoringOptionsValidation>(options);
        return Register(services);
    }

    /// <summary>
    /// <see cref="ILogSource"/> (Heroku log sessions; needs <c>AddHerokuClients</c> for the Platform API client),
    /// <see cref="ITrafficSampler"/>, the options, and the <see cref="HealthRules"/> derived from them. The log
    /// stream's client has no overall timeout: each read is bounded by its <see cref="LogWindow"/>.
    /// </summary>
    private static IServiceCollection Register(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => provider.GetRequiredService<MonitoringOptions>().Rules());
        services.AddHttpClient(HerokuLogSource.StreamClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { ConnectTimeout = TimeSpan.FromSeconds(15) });
        services.TryAddTransient<ILogSource, HerokuLogSource>();
        services.TryAddTransient<ITrafficSampler, LogTrafficSampler>();
        services.TryAddSingleton<IHealthCharts, ScottPlotHealthCharts>();
        return services;
    }
}

/// <summary>The <c>Monitoring</c> section's rules; each failure names the setting.</summary>
public sealed class MonitoringOptionsValidation : IValidateOptions<MonitoringOptions>
{
    public ValidateOptionsResult Validate(string? name, MonitoringOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.Interval < TimeSpan.FromMinutes(1) || options.Duration < options.Interval || options.Duration > TimeSpan.FromDays(7))
            failures.Add("Monitoring:Interval must be at least 00:01:00 and Monitoring:Duration between the interval and 7.00:00:00.");
        if (options.ServerErrorRateFactor is < 1 or > 100)
            failures.Add("Monitoring:ServerErrorRateFactor must be between 1 and 100.");
        if (options.MinimumServerErrorRate is < 0 or > 1)
            failures.Add("Monitoring:MinimumServerErrorRate must be a fraction between 0 and 1.");
        try
        {
            options.Window().Validate();
        }
        catch (ArgumentOutOfRangeException exception)
        {
            failures.Add($"Monitoring log window: {exception.Message.Split(" (Parameter", 2)[0]}");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
