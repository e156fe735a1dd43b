namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Dyno sizes (SCHEMA <c>dyno-size</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#dyno-size">Platform API: Dyno Size</see>).
/// </summary>
public interface IDynoSizesApi
{
    /// <summary><c>GET /dyno-sizes</c> — List: every size.</summary>
    [Get("/dyno-sizes")]
    Task<ApiResponse<List<DynoSize>>> ListAsync([Header("Range")] string? range, CancellationToken cancellationToken);

    /// <summary><c>GET /dyno-sizes/{size}</c> — Info: one size by name or id.</summary>
    [Get("/dyno-sizes/{size}")]
    Task<DynoSize> GetAsync(string size, CancellationToken cancellationToken);

    /// <summary><c>GET /apps/{app}/available-dyno-sizes</c> — List App Dyno Sizes: the sizes valid for this app.</summary>
    [Get("/apps/{app}/available-dyno-sizes")]
    Task<ApiResponse<List<DynoSize>>> ListForAppAsync(string app, [Header("Range")] string? range, CancellationToken cancellationToken);
}
