namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Buildpack installations (SCHEMA <c>buildpack-installation</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#buildpack-installations">Platform API: Buildpack Installations</see>).
/// </summary>
public interface IBuildpackInstallationsApi
{
    /// <summary><c>GET /apps/{app}/buildpack-installations</c> — List, in run order.</summary>
    [Get("/apps/{app}/buildpack-installations")]
    Task<ApiResponse<List<BuildpackInstallation>>> ListAsync(string app, [Header("Range")] string? range, CancellationToken cancellationToken);

    /// <summary><c>PUT /apps/{app}/buildpack-installations</c> — Update: replace all buildpacks.</summary>
    [Put("/apps/{app}/buildpack-installations")]
    Task<List<BuildpackInstallation>> UpdateAsync(string app, [Body] BuildpackInstallationsUpdate update, CancellationToken cancellationToken);
}
