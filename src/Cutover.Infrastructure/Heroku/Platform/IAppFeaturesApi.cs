namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// App features / Labs (SCHEMA <c>app-feature</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#app-feature">Platform API: App Feature</see>).
/// </summary>
public interface IAppFeaturesApi
{
    /// <summary><c>GET /apps/{app}/features</c> — List: every feature and whether it is enabled.</summary>
    [Get("/apps/{app}/features")]
    Task<ApiResponse<List<AppFeature>>> ListAsync(string app, [Header("Range")] string? range, CancellationToken cancellationToken);

    /// <summary><c>PATCH /apps/{app}/features/{feature}</c> — Update: enable or disable, e.g. <c>log-runtime-metrics</c>.</summary>
    [Patch("/apps/{app}/features/{feature}")]
    Task<AppFeature> UpdateAsync(string app, string feature, [Body] AppFeatureUpdate update, CancellationToken cancellationToken);
}
