using Cutover.Infrastructure.Dns;
using Cutover.Infrastructure.Dns.Cloudflare;

namespace Cutover.Infrastructure;

public static class DnsServiceCollectionExtensions
{
    /// <summary>
    /// <see cref="IDnsTtlLookup"/> (authoritative TTL reads) and <see cref="IDnsProvider"/>: Cloudflare when
    /// <see cref="DnsSettings.CloudflareApiToken"/> is set (Refit client with the standard resilience handler),
    /// else the manual provider. Invalid settings (resolver addresses, base URL) throw here, naming the setting.
    /// </summary>
    public static IServiceCollection AddCutoverDns(this IServiceCollection services, DnsSettings settings)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(settings);
        foreach (var resolver in settings.Resolvers)
            _ = DnsEndpoints.Parse(resolver);
        if (settings.AuthoritativePort is < 1 or > 65535)
            throw new ArgumentException($"{nameof(DnsSettings.AuthoritativePort)} must be a port (1–65535).", nameof(settings));
        if (settings.TargetTtlSeconds < 1)
            throw new ArgumentException($"{nameof(DnsSettings.TargetTtlSeconds)} must be positive.", nameof(settings));

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(settings);
        services.TryAddSingleton<IDnsTtlLookup, DnsClientTtlLookup>();
        if (!settings.UsesCloudflare)
        {
            services.TryAddSingleton<IDnsProvider, ManualDnsProvider>();
            return services;
        }

        if (settings.CloudflareApiUrl is not { IsAbsoluteUri: true } url)
            throw new ArgumentException($"{nameof(DnsSettings.CloudflareApiUrl)} must be an absolute URL.", nameof(settings));
        var baseUrl = new Uri(url.ToString().TrimEnd('/'));
        var token = settings.CloudflareApiToken;
        services.AddRefitGeneratedClient<ICloudflareApi>(CloudflareRefitSettings.Create())
            .ConfigureHttpClient(client => client.BaseAddress = baseUrl)
            .AddHttpMessageHandler(() => new CloudflareTokenHandler(token))
            .AddStandardResilienceHandler();
        services.TryAddTransient<IDnsProvider, CloudflareDnsProvider>();
        return services;
    }
}
