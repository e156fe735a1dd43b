namespace Cutover.Infrastructure.Dns.Cloudflare;

/// <summary>
/// The part of Cloudflare's API v4 Cutover uses (<see href="https://developers.cloudflare.com/api/">Cloudflare API</see>):
/// zones by name, a zone's DNS records by name and type, and partial updates of a record. Every answer is the
/// <c>{success, errors, messages, result}</c> envelope; authentication is a bearer API token.
/// </summary>
public interface ICloudflareApi
{
    /// <summary><c>GET /zones?name=</c> — List Zones, filtered by exact domain name.</summary>
    [Get("/zones")]
    Task<CloudflareEnvelope<IReadOnlyList<CloudflareZone>>> ListZonesAsync(string? name, int page, [AliasAs("per_page")] int perPage, CancellationToken cancellationToken);

    /// <summary><c>GET /zones/{zone_id}/dns_records?name=&amp;type=</c> — List DNS Records, by exact full name (and type).</summary>
    [Get("/zones/{zoneId}/dns_records")]
    Task<CloudflareEnvelope<IReadOnlyList<CloudflareDnsRecord>>> ListRecordsAsync(string zoneId, string name, string? type, CancellationToken cancellationToken);

    /// <summary><c>PATCH /zones/{zone_id}/dns_records/{dns_record_id}</c> — Update DNS Record (only the fields sent change).</summary>
    [Patch("/zones/{zoneId}/dns_records/{recordId}")]
    Task<CloudflareEnvelope<CloudflareDnsRecord>> PatchRecordAsync(string zoneId, string recordId, [Body] CloudflareDnsRecordPatch patch, CancellationToken cancellationToken);
}
