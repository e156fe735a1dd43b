namespace Cutover.Infrastructure.Audit;

/// <summary>
/// The <c>AuditLinks</c> section: where Cutover is reachable (<c>CUTOVER_BASE_URL</c>) and the key its download links
/// are signed with (<c>CUTOVER_LINK_SECRET</c>). With both set, <c>audit &lt;run&gt;</c> offers signed CSV/JSON links
/// and health report charts get signed addresses, which Teams cards show them from.
/// </summary>
public sealed class AuditLinkOptions
{
    public const string Section = "AuditLinks";

    /// <summary>The shortest secret accepted: 32 characters (a 256-bit key as hex is 64).</summary>
    public const int MinSecretLength = 32;

    /// <summary>Cutover's public address (<c>https://cutover.example.com</c>); the links are made under it.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>The HMAC-SHA256 key the links are signed with; never shown or logged.</summary>
    public string? Secret { get; set; }

    /// <summary>How long a link works after it was offered.</summary>
    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long a health report chart's address works (Teams shows the chart from it, and fetches it again when the card
    /// is shown later): long enough for the monitoring window and the decommission after it.
    /// </summary>
    public TimeSpan ChartLifetime { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Whether links are offered at all.</summary>
    public bool Enabled => BaseUrl is not null && !string.IsNullOrEmpty(Secret);

    public override string ToString() => Enabled ? $"audit links under {BaseUrl}, valid {Lifetime}" : "audit links off";
}
