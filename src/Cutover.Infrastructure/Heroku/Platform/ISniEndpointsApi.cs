namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// SNI endpoints (SCHEMA <c>sni-endpoint</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#sni-endpoint">Platform API: SNI Endpoint</see>).
/// </summary>
public interface ISniEndpointsApi
{
    /// <summary><c>GET /apps/{app}/sni-endpoints</c> — List: uploaded certificates that must be re-uploaded on the new app.</summary>
    [Get("/apps/{app}/sni-endpoints")]
    Task<ApiResponse<List<SniEndpoint>>> ListAsync(string app, [Header("Range")] string? range, CancellationToken cancellationToken);
}
