namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Builds (SCHEMA <c>build</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#build">Platform API: Build</see>).
/// </summary>
public interface IBuildsApi
{
    /// <summary><c>POST /apps/{app}/builds</c> — Create: build from a source tarball.</summary>
    [Post("/apps/{app}/builds")]
    Task<Build> CreateAsync(string app, [Body] BuildCreate build, CancellationToken cancellationToken);

    /// <summary><c>GET /apps/{app}/builds/{build}</c> — Info: poll until <c>succeeded</c> or <c>failed</c>.</summary>
    [Get("/apps/{app}/builds/{build}")]
    Task<Build> GetAsync(string app, string build, CancellationToken cancellationToken);

    /// <summary><c>GET /apps/{app}/builds</c> — List; <c>HerokuRange.Newest("created_at")</c> for the latest build.</summary>
    [Get("/apps/{app}/builds")]
    Task<ApiResponse<List<Build>>> ListAsync(string app, [Header("Range")] string? range, CancellationToken cancellationToken);
}
