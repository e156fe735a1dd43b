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

    /// <summary><c>POST /apps/{app}/log-drains</c> — Create: send the app's logs to a syslog or HTTPS URL as well.</summary>
    [Post("/apps/{app}/log-drains")]
    Task<LogDrain> CreateAsync(string app, [Body] LogDrainCreate drain, CancellationToken cancellationToken);
}
