namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Log drains (SCHEMA <c>log-drain</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#log-drain">Platform API: Log Drain</see>).
/// </summary>
public interface ILogDrainsApi
{
    /// <summary><c>GET /apps/{app}/log-drains</c> — List: the app's drains, add-on drains (<c>addon</c> set) included.</summary>
    [Get("/apps/{app}/log-drains")]
    Task<ApiResponse<List<LogDrain>>> ListAsync(string app, [Header("Range")] string? range, CancellationToken cancellationToken);
}
