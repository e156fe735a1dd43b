namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// Team apps (SCHEMA <c>team-app</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#team-app">Platform API: Team App</see>).
/// </summary>
public interface ITeamAppsApi
{
    /// <summary>
    /// <c>POST /teams/apps</c> — Create: a new app, optionally inside a space (<c>POST /apps</c> has no
    /// <c>space</c> field).
    /// </summary>
    [Post("/teams/apps")]
    Task<TeamApp> CreateAsync([Body] TeamAppCreate app, CancellationToken cancellationToken);
}
