namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>The account's API budget (SCHEMA <c>rate-limit</c>).</summary>
/// <param name="Remaining">Requests left in the token bucket.</param>
public sealed record RateLimit(int Remaining);
