namespace Cutover.Infrastructure.Dns.Cloudflare;

/// <summary>The envelope's <c>result_info</c> of a list.</summary>
public sealed record CloudflareResultInfo(int Page, int PerPage, int Count, int TotalCount, int TotalPages);
