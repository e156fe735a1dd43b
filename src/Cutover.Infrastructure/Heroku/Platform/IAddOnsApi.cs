namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Add-ons (SCHEMA <c>add-on</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#add-on">Platform API: Add-on</see>).
/// </summary>
public interface IAddOnsApi
{
    /// <summary><c>GET /apps/{app}/addons</c> — List By App: add-ons attached to or billed to the app.</summary>
    [Get("/apps/{app}/addons")]
    Task<ApiResponse<List<AddOn>>> ListAsync(string app, [Header("Range")] string? range, CancellationToken cancellationToken);

    /// <summary><c>GET /apps/{app}/addons/{addon}</c> — Info By App: poll while <c>provisioning</c>.</summary>
    [Get("/apps/{app}/addons/{addon}")]
    Task<AddOn> GetAsync(string app, string addon, CancellationToken cancellationToken);

    /// <summary>
    /// <c>POST /apps/{app}/addons</c> — Create: provision a plan, optionally as a follower or fork
    /// (<c>config.follow</c> / <c>config.fork</c>). A <c>confirmation_required</c> error asks to re-send with
    /// <c>confirm</c> set to the app name.
    /// </summary>
    [Post("/apps/{app}/addons")]
    Task<AddOn> CreateAsync(string app, [Body] AddOnCreate addOn, CancellationToken cancellationToken);

    /// <summary><c>DELETE /apps/{app}/addons/{addon}</c> — Delete: deprovision; the add-on may 404 once gone.</summary>
    [Delete("/apps/{app}/addons/{addon}")]
    Task<AddOn> DeleteAsync(string app, string addon, CancellationToken cancellationToken);
}
