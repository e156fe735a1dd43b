namespace Cutover.Infrastructure.Dns.Cloudflare;

/// <summary>An entry of the envelope's <c>errors</c> (or <c>messages</c>).</summary>
public sealed record CloudflareMessage(int Code, string Message);
