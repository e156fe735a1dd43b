namespace Cutover.Infrastructure.Heroku.Data;

/// <summary>
/// Heroku Key-Value Store (Redis) through the Data API (<c>https://api.data.heroku.com</c>, same bearer token;
/// the CLI's <c>src/lib/redis/api.ts</c>). Not in the Platform API schema.
/// </summary>
public interface IRedisDataApi
{
    /// <summary><c>GET /redis/v0/databases/{name}</c> — database info by add-on name.</summary>
    [Get("/redis/v0/databases/{name}")]
    Task<RedisDatabase> GetAsync(string name, CancellationToken cancellationToken);

    /// <summary><c>GET /redis/v0/databases/{name}/wait</c> — whether the database is still provisioning or forking.</summary>
    [Get("/redis/v0/databases/{name}/wait")]
    Task<RedisWaitStatus> GetWaitStatusAsync(string name, CancellationToken cancellationToken);
}
