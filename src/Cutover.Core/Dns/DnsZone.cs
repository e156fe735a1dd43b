namespace Cutover.Core.Dns;

/// <summary>A zone at a DNS provider.</summary>
/// <param name="Id">The provider's id for the zone.</param>
/// <param name="Name">The zone's domain, e.g. <c>example.com</c>.</param>
public sealed record DnsZone(string Id, string Name);
