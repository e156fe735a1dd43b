namespace Cutover.Core.Dns;

/// <summary>A record as a DNS provider holds it.</summary>
/// <param name="Id">The provider's id for the record.</param>
/// <param name="Zone">The zone it belongs to.</param>
/// <param name="Name">Full host name, lower case.</param>
/// <param name="Type"><c>CNAME</c>, <c>A</c>, <c>AAAA</c>, ….</param>
/// <param name="Content">The record's data, e.g. the CNAME target.</param>
/// <param name="TtlSeconds">The TTL; for an automatic TTL, the value the provider publishes (Cloudflare: 300).</param>
/// <param name="AutomaticTtl">The provider picks the TTL (Cloudflare's <c>ttl: 1</c>).</param>
/// <param name="Proxied">Served through the provider's proxy (Cloudflare orange cloud): clients never see the record's content or TTL.</param>
public sealed record DnsProviderRecord(string Id, DnsZone Zone, string Name, string Type, string Content, int TtlSeconds, bool AutomaticTtl, bool Proxied);
