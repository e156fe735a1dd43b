namespace Cutover.Infrastructure.Heroku.Http;

/// <summary>A <c>RateLimit-Remaining</c> value and when it was read.</summary>
/// <param name="Remaining">Tokens left.</param>
/// <param name="ObservedAt">When the response carrying it arrived.</param>
public sealed record RateLimitObservation(int Remaining, DateTimeOffset ObservedAt);
