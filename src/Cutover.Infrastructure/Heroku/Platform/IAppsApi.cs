namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Apps and their ACM flag (SCHEMA <c>app</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#app">Platform API: App</see>).
/// </summary>
public interface IAppsApi
{
    /// <summary><c>GET /apps/{app}</c> — Info: an app by name or id.</summary>
    [Get("/apps/{app}")]
    Task<App> GetAsync(string app, CancellationToken cancellationToken);

    /// <summary><c>PATCH /apps/{app}</c> — Update: maintenance mode (<c>{"maintenance": true}</c>), name or build stack.</summary>
    [Patch("/apps/{app}")]
    Task<App> UpdateAsync(string app, [Body] AppUpdate update, CancellationToken cancellationToken);

    /// <summary><c>DELETE /apps/{app}</c> — Delete: destroys the app and the add-ons billed to it.</summary>
    [Delete("/apps/{app}")]
    Task<App> DeleteAsync(string app, CancellationToken cancellationToken);

    /// <summary><c>POST /apps/{app}/acm</c> — Enable ACM: Automated Certificate Management for the app's custom domains.</summary>
    [Post("/apps/{app}/acm")]
    Task<App> EnableAcmAsync(string app, CancellationToken cancellationToken);

    /// <summary><c>DELETE /apps/{app}/acm</c> — Disable ACM.</summary>
    [Delete("/apps/{app}/acm")]
    Task<App> DisableAcmAsync(string app, CancellationToken cancellationToken);
}
