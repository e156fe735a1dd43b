namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Dynos (SCHEMA <c>dyno</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#dyno">Platform API: Dyno</see>).
/// </summary>
public interface IDynosApi
{
    /// <summary><c>GET /apps/{app}/dynos</c> — List: running dynos and their <c>state</c>.</summary>
    [Get("/apps/{app}/dynos")]
    Task<ApiResponse<List<Dyno>>> ListAsync(string app, [Header("Range")] string? range, CancellationToken cancellationToken);
}
