namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Add-on services' plans and region capabilities (SCHEMA <c>plan</c>, <c>add-on-region-capability</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#plan">Platform API: Plan</see>).
/// </summary>
public interface IAddOnServicesApi
{
    /// <summary>
    /// <c>GET /addon-services/{service}/plans</c> — List By Add-on: every plan with
    /// <c>installable_inside_private_network</c> / <c>installable_outside_private_network</c>.
    /// </summary>
    [Get("/addon-services/{service}/plans")]
    Task<ApiResponse<List<Plan>>> ListPlansAsync(string service, [Header("Range")] string? range, CancellationToken cancellationToken);

    /// <summary><c>GET /addon-services/{service}/plans/{plan}</c> — Info By Add-on: one plan.</summary>
    [Get("/addon-services/{service}/plans/{plan}")]
    Task<Plan> GetPlanAsync(string service, string plan, CancellationToken cancellationToken);

    /// <summary><c>GET /addon-services/{service}/region-capabilities</c> — List by Add-on Service: regions the service is available in.</summary>
    [Get("/addon-services/{service}/region-capabilities")]
    Task<ApiResponse<List<AddOnRegionCapability>>> ListRegionCapabilitiesAsync(string service, [Header("Range")] string? range, CancellationToken cancellationToken);
}
