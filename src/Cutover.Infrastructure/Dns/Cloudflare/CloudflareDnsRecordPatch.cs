namespace Cutover.Infrastructure.Dns.Cloudflare;

/// <summary>Body of a record PATCH; null fields are not sent, so they stay as they are.</summary>
/// <param name="Ttl">New TTL in seconds (1 = automatic).</param>
/// <param name="Content">New content, e.g. a CNAME target.</param>
public sealed record CloudflareDnsRecordPatch(int? Ttl = null, string? Content = null);
