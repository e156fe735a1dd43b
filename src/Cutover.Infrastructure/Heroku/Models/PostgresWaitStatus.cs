namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>Readiness of a database (Data API <c>GET /client/v11/databases/{id}/wait_status</c>).</summary>
/// <param name="Waiting">Still provisioning or catching up (<c>waiting?</c>).</param>
/// <param name="Error">Provisioning failed (<c>error?</c>).</param>
/// <param name="Message">Human-readable status.</param>
public sealed record PostgresWaitStatus(
    [property: JsonPropertyName("waiting?")] bool Waiting,
    [property: JsonPropertyName("error?")] bool Error,
    string? Message);
