namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>Readiness of a Redis database (Data API <c>GET /redis/v0/databases/{name}/wait</c>).</summary>
/// <param name="Waiting">Still provisioning or forking (<c>waiting?</c>).</param>
/// <param name="Message">Human-readable status.</param>
public sealed record RedisWaitStatus([property: JsonPropertyName("waiting?")] bool Waiting, string? Message);
