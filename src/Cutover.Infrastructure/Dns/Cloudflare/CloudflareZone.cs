namespace Cutover.Infrastructure.Dns.Cloudflare;

/// <summary>A zone (<c>id</c>, <c>name</c>, <c>status</c>).</summary>
public sealed record CloudflareZone(string Id, string Name, string? Status);
