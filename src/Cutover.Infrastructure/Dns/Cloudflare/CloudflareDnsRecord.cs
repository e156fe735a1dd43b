namespace Cutover.Infrastructure.Dns.Cloudflare;

/// <summary>A DNS record. <see cref="Ttl"/> 1 means automatic (Cloudflare publishes 300 s).</summary>
public sealed record CloudflareDnsRecord(string Id, string? ZoneId, string? ZoneName, string Name, string Type, string Content, int Ttl, bool Proxied);
