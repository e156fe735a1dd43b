namespace Cutover.Infrastructure.Heroku.Data;

/// <summary>
/// Heroku Postgres through the Data API (<c>https://api.data.heroku.com</c>, same bearer token). Undocumented
/// and not in the Platform API schema: these are the calls the CLI makes (<c>src/commands/pg/*.ts</c>).
/// </summary>
public interface IPostgresDataApi
{
    /// <summary><c>GET /client/v11/databases/{id}</c> — database info by add-on id, including the <c>Behind By</c> lag of a follower.</summary>
    [Get("/client/v11/databases/{id}")]
    Task<PostgresDatabase> GetAsync(string id, CancellationToken cancellationToken);

    /// <summary>
    /// <c>GET /client/v11/databases/{id}/wait_status</c> — whether the database is still provisioning or catching up
    /// (answers 404 for a while right after the add-on is created).
    /// </summary>
    [Get("/client/v11/databases/{id}/wait_status")]
    Task<PostgresWaitStatus> GetWaitStatusAsync(string id, CancellationToken cancellationToken);

    /// <summary><c>PUT /client/v11/databases/{id}/unfollow</c> — stop following the leader and become writable. Irreversible.</summary>
    [Put("/client/v11/databases/{id}/unfollow")]
    Task UnfollowAsync(string id, CancellationToken cancellationToken);
}
