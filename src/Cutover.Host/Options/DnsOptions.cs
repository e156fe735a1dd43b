namespace Cutover.Host.Options;

/// <summary><c>Dns</c> section; <c>CLOUDFLARE_API_TOKEN</c> and <c>CLOUDFLARE_API_URL</c> override its Cloudflare settings.</summary>
public sealed class DnsOptions
{
    public const string Section = "Dns";

    /// <summary>Recursive resolvers used to find a zone's name servers (<c>ip</c> or <c>ip:port</c>); the system's when empty.</summary>
    public IList<string> Resolvers { get; } = [];

    /// <summary>The port the authoritative name servers are asked on.</summary>
    public int AuthoritativePort { get; set; } = 53;

    /// <summary>The TTL to lower records to before the cutover, in seconds.</summary>
    public int TargetTtlSeconds { get; set; } = 60;

    /// <summary>When TTL reminders are posted before a scheduled cutover.</summary>
    public IList<TimeSpan> ReminderLeads { get; } = [];

    public string? CloudflareApiToken { get; set; }

    public string? CloudflareApiUrl { get; set; }
}
