namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A log session (SCHEMA <c>log-session</c>): read <see cref="LogplexUrl"/> to get the lines.</summary>
/// <param name="Id">Unique identifier.</param>
/// <param name="LogplexUrl">Short-lived URL to stream the logs from; a 403/404 on it means the session expired.</param>
/// <param name="CreatedAt">When the session was created.</param>
public sealed record LogSession(string Id, string LogplexUrl, DateTimeOffset CreatedAt);
