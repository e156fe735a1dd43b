namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Formation (SCHEMA <c>formation</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#formation">Platform API: Formation</see>).
/// </summary>
public interface IFormationApi
{
    /// <summary><c>GET /apps/{app}/formation</c> — List: quantity and size per process type.</summary>
    [Get("/apps/{app}/formation")]
    Task<ApiResponse<List<Formation>>> ListAsync(string app, [Header("Range")] string? range, CancellationToken cancellationToken);

    /// <summary><c>PATCH /apps/{app}/formation</c> — Batch Update: scale and resize several process types at once.</summary>
    [Patch("/apps/{app}/formation")]
    Task<List<Formation>> UpdateAsync(string app, [Body] FormationBatchUpdate update, CancellationToken cancellationToken);
}
