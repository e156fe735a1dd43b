namespace Cutover.Infrastructure.Dns;

/// <summary>
/// Section <c>Dns</c>: how Cutover reads and changes DNS, and when it reminds people of TTLs. The Cloudflare token
/// (<c>CLOUDFLARE_API_TOKEN</c>) is a secret and never appears in <see cref="ToString"/>, logs or messages.
/// </summary>
public sealed class DnsOptions
{
    public const string Section = "Dns";

    /// <summary>When TTL reminders are posted before a scheduled cutover if <see cref="ReminderLeads"/> is empty.</summary>
    public static readonly IReadOnlyList<TimeSpan> DefaultReminderLeads =
        [TimeSpan.FromHours(72), TimeSpan.FromHours(48), TimeSpan.FromHours(24), TimeSpan.FromHours(1)];

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

    /// <summary>When TTL reminders are posted before a scheduled cutover; empty means <see cref="DefaultReminderLeads"/>.</summary>
    public IList<TimeSpan> ReminderLeads { get; } = [];

    /// <summary>The reminder leads in effect.</summary>
    public IReadOnlyList<TimeSpan> Leads() => ReminderLeads.Count > 0 ? [.. ReminderLeads] : DefaultReminderLeads;

    /// <summary>Whether records are changed through Cloudflare (a token is set) rather than by people.</summary>
    public bool UsesCloudflare => !string.IsNullOrWhiteSpace(CloudflareApiToken);

    /// <summary>Describes the setup, never the token.</summary>
    public override string ToString() =>
        $"DNS: resolvers {(Resolvers.Count == 0 ? "system" : string.Join(", ", Resolvers))}, authoritative port {AuthoritativePort}, "
        + (UsesCloudflare ? $"provider Cloudflare at {CloudflareApiUrl}" : "provider manual");
}
