namespace Cutover.Sandbox.Dns;

/// <summary>A DNS record as the simulated provider holds it. <see cref="Ttl"/> 1 is Cloudflare's "automatic" (300 s on the wire).</summary>
public sealed record SimulatedDnsRecord(string Id, string ZoneId, string ZoneName, string Name, string Type, string Content, int Ttl, bool Proxied, DateTimeOffset ModifiedOn)
{
    /// <summary>The TTL name servers publish: <see cref="Ttl"/>, or 300 s for "automatic".</summary>
    public int PublishedTtl => Ttl == 1 ? 300 : Ttl;
}
