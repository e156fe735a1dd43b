namespace Cutover.Infrastructure.Heroku.Platform;

/// <summary>
/// The account's rate limit (SCHEMA <c>rate-limit</c>;
/// <see href="https://devcenter.heroku.com/articles/platform-api-reference#rate-limit">Platform API: Rate Limit</see>).
/// </summary>
public interface IAccountApi
{
    /// <summary><c>GET /account/rate-limits</c> — Info: tokens left in the bucket; this call is free.</summary>
    [Get("/account/rate-limits")]
    Task<RateLimit> GetRateLimitAsync(CancellationToken cancellationToken);
}
