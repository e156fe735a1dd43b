namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Log sessions (SCHEMA <c>log-session</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#log-session">Platform API: Log Session</see>).
/// </summary>
public interface ILogSessionsApi
{
    /// <summary>
    /// <c>POST /apps/{app}/log-sessions</c> — Create: a short-lived <c>logplex_url</c> to read. Sent with
    /// <c>Accept: …; version=3.sdk</c>, as the CLI does.
    /// </summary>
    [Post("/apps/{app}/log-sessions")]
    [Headers("Accept: " + HerokuMediaTypes.Version3Sdk)]
    Task<LogSession> CreateAsync(string app, [Body] LogSessionCreate session, CancellationToken cancellationToken);
}
