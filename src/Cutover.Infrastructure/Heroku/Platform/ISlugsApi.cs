namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Slugs (SCHEMA <c>slug</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#slug">Platform API: Slug</see>).
/// </summary>
public interface ISlugsApi
{
    /// <summary><c>GET /apps/{app}/slugs/{slug}</c> — Info: process types and stack of a slug.</summary>
    [Get("/apps/{app}/slugs/{slug}")]
    Task<Slug> GetAsync(string app, string slug, CancellationToken cancellationToken);
}
