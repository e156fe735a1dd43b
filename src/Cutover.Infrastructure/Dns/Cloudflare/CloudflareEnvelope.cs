namespace Cutover.Infrastructure.Dns.Cloudflare;

/// <summary>Cloudflare's answer envelope.</summary>
/// <param name="Success">Whether the call succeeded.</param>
/// <param name="Errors">Why not, when it did not.</param>
/// <param name="Result">The payload.</param>
/// <param name="ResultInfo">Paging of list answers.</param>
public sealed record CloudflareEnvelope<T>(bool Success, IReadOnlyList<CloudflareMessage>? Errors, T? Result, CloudflareResultInfo? ResultInfo);
