namespace Cutover.Core.Planning;

/// <summary>A custom domain of the source app.</summary>
/// <param name="Hostname">e.g. <c>www.example.com</c>.</param>
/// <param name="Cname">The DNS target Heroku gave it, or null.</param>
/// <param name="SniEndpoint">Name of the SNI endpoint serving it, or null (ACM or none).</param>
public sealed record DomainInfo(string Hostname, string? Cname, string? SniEndpoint);
