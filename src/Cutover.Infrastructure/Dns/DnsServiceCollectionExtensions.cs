using Cutover.Infrastructure.Dns;
using Cutover.Infrastructure.Dns.Cloudflare;

namespace Cutover.Infrastructure;

public static class DnsServiceCollectionExtensions
{
    /// <summary>DNS with the <c>Dns</c> section (and <c>CLOUDFLARE_API_*</c>), validated when the host starts.</summary>
    public static IHostApplicationBuilder AddCutoverDns(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.BindSection<DnsOptions, DnsOptionsValidation>(DnsOptions.Section);
        Register(builder.Services);
        return builder;
    }

    /// <summary>DNS with the given options, checked now (a library user without configuration, e.g. a test).</summary>
    /// <exception cref="OptionsValidationException">A setting out of range, named.</exception>
    public static IServiceCollection AddCutoverDns(this IServiceCollection services, DnsOptions options)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.UseOptions<DnsOptions, DnsOptionsValidation>(options);
        return Register(services);
    }

    /// <summary>
    /// <see cref="IDnsTtlLookup"/> (authoritative TTL reads) and <see cref="IDnsProvider"/>: Cloudflare when
    /// <see cref="DnsOptions.CloudflareApiToken"/> is set (Refit client with the standard resilience handler),
    /// else the manual provider.
    /// </summary>
    private static IServiceCollection Register(IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDnsTtlLookup, DnsClientTtlLookup>();
        services.TryAddTransient<ManualDnsProvider>();
        services.TryAddTransient<CloudflareDnsProvider>();
        services.TryAddTransient<IDnsProvider>(provider => provider.GetRequiredService<DnsOptions>().UsesCloudflare
            ? provider.GetRequiredService<CloudflareDnsProvider>()
            : provider.GetRequiredService<ManualDnsProvider>());
        services.AddRefitGeneratedClient<ICloudflareApi>(CloudflareRefitSettings.Create())
            .ConfigureHttpClient((provider, client) =>
                client.BaseAddress = new Uri(provider.GetRequiredService<DnsOptions>().CloudflareApiUrl.ToString().TrimEnd('/')))
            .AddHttpMessageHandler(provider => new CloudflareTokenHandler(provider.GetRequiredService<DnsOptions>().CloudflareApiToken))
            .AddStandardResilienceHandler();
        return services;
    }
}

/// <summary>The <c>Dns</c> section's rules; each failure names the setting (never a secret's value).</summary>
public sealed class DnsOptionsValidation : IValidateOptions<DnsOptions>
{
    public ValidateOptionsResult Validate(string? name, DnsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var resolver in options.Resolvers)
        {
            try
            {
                _ = DnsEndpoints.Parse(resolver);
            }
            catch (ArgumentException exception)
            {
                failures.Add($"Dns:Resolvers: {exception.Message.Split(" (Parameter", 2)[0]}");
            }
        }

        if (options.AuthoritativePort is < 1 or > 65535)
            failures.Add("Dns:AuthoritativePort must be between 1 and 65535.");
        if (options.TargetTtlSeconds is < 30 or > 3600)
            failures.Add("Dns:TargetTtlSeconds must be between 30 and 3600.");
        if (options.ReminderLeads.Any(l => l <= TimeSpan.Zero || l > TimeSpan.FromDays(30)))
            failures.Add("Dns:ReminderLeads must be between 00:00:01 and 30.00:00:00 before the cutover.");
        if (options.UsesCloudflare && options.CloudflareApiUrl is not { IsAbsoluteUri: true, Scheme: "https" or "http" })
            failures.Add($"{SettingVariables.NameOf("Dns:CloudflareApiUrl")} must be an absolute http(s) URL, e.g. https://api.cloudflare.com/client/v4.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
