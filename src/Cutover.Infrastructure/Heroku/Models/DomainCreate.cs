namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>
/// Body of <c>POST /apps/{app}/domains</c> (SCHEMA <c>domain</c> Create). Both keys are required by the
/// schema, so <see cref="SniEndpoint"/> is sent even when null.
/// </summary>
/// <param name="Hostname">Full hostname, e.g. <c>www.example.com</c>.</param>
/// <param name="SniEndpoint">SNI endpoint id or name, or null for none (ACM or plain HTTP).</param>
public sealed record DomainCreate(
    string Hostname,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? SniEndpoint = null);
