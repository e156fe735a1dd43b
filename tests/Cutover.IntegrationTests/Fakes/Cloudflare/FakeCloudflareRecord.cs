namespace Cutover.IntegrationTests.Fakes.Cloudflare;

/// <summary>A DNS record as the fake holds it. <see cref="Ttl"/> 1 is "automatic".</summary>
public sealed record FakeCloudflareRecord(string Id, string ZoneId, string ZoneName, string Name, string Type, string Content, int Ttl, bool Proxied, DateTimeOffset ModifiedOn);
