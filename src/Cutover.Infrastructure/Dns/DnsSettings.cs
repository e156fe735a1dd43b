namespace Cutover.Infrastructure.Dns;

/// <summary>
/// How Cutover reads and changes DNS. The Host binds it from configuration; the Cloudflare token is a secret
/// and never appears in <see cref="ToString"/>, logs or messages.
/// </summary>
public sealed class DnsSettings
{
    /// <summary>
    /// Recursive resolvers used to find a zone's name servers, as <c>ip</c> or <c>ip:port</c> (<c>[v6]:port</c>);
    /// empty means the system's resolvers.
    /// </summary>
    public IList<string> Resolvers { get; } = [];

    /// <summary>The port authoritative name servers are asked on (53; tests point it at a loopback server).</summary>
    public int AuthoritativePort { get; set; } = 53;

    /// <summary>How long one DNS query may take before it is retried or given up.</summary>
    public TimeSpan QueryTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Retries of a DNS query that timed out.</summary>
    public int QueryRetries { get; set; } = 2;

    /// <summary>The TTL to lower records to before the cutover (Heroku's guide: 60 s).</summary>
    public int TargetTtlSeconds { get; set; } = 60;

    /// <summary>Cloudflare API token (<c>CLOUDFLARE_API_TOKEN</c>, Zone → DNS → Edit). Empty: the manual provider.</summary>
    public string CloudflareApiToken { get; set; } = string.Empty;

    /// <summary>Cloudflare API v4 base URL (<c>CLOUDFLARE_API_URL</c>).</summary>
    public Uri CloudflareApiUrl { get; set; } = new("https://api.cloudflare.com/client/v4");

    /// <summary>Whether records are changed through Cloudflare (a token is set) rather than by people.</summary>
    public bool UsesCloudflare => !string.IsNullOrWhiteSpace(CloudflareApiToken);

    /// <summary>Describes the setup, never the token.</summary>
    public override string ToString() =>
        $"DNS: resolvers {(Resolvers.Count == 0 ? "system" : string.Join(", ", Resolvers))}, authoritative port {AuthoritativePort}, "
        + (UsesCloudflare ? $"provider Cloudflare at {CloudflareApiUrl}" : "provider manual");
}
