namespace Cutover.Core.Ports;

/// <summary>
/// The read side of the Heroku Platform API that planning needs
/// (<see href="https://devcenter.heroku.com/articles/platform-api-reference">Platform API reference</see>).
/// </summary>
public interface IHerokuPlatform
{
    /// <summary><c>GET /apps/{app}</c>: null when the app does not exist or the token cannot see it.</summary>
    Task<HerokuApp?> GetAppAsync(string app, CancellationToken cancellationToken);

    /// <summary><c>GET /spaces/{space}</c>: null when the space does not exist or the token cannot see it.</summary>
    Task<HerokuSpace?> GetSpaceAsync(string space, CancellationToken cancellationToken);
}
