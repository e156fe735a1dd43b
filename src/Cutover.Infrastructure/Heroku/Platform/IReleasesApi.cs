namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Releases (SCHEMA <c>release</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#release">Platform API: Release</see>,
/// <see href="https://devcenter.heroku.com/articles/platform-api-copying-slugs">Copying slugs</see>).
/// </summary>
public interface IReleasesApi
{
    /// <summary>
    /// <c>GET /apps/{app}/releases</c> — List, ranged by <c>version</c>; the newest release is
    /// <c>HerokuRange.Newest("version")</c>.
    /// </summary>
    [Get("/apps/{app}/releases")]
    Task<ApiResponse<List<Release>>> ListAsync(string app, [Header("Range")] string? range, CancellationToken cancellationToken);

    /// <summary><c>GET /apps/{app}/releases/{release}</c> — Info: a release by id or version.</summary>
    [Get("/apps/{app}/releases/{release}")]
    Task<Release> GetAsync(string app, string release, CancellationToken cancellationToken);

    /// <summary><c>POST /apps/{app}/releases</c> — Create: release an existing slug (copied from another app).</summary>
    [Post("/apps/{app}/releases")]
    Task<Release> CreateAsync(string app, [Body] ReleaseCreate release, CancellationToken cancellationToken);
}
