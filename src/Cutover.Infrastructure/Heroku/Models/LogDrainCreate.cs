namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>Body of <c>POST /apps/{app}/log-drains</c> (SCHEMA <c>log-drain</c> Create).</summary>
/// <param name="Url">The syslog or HTTPS URL; it may carry credentials, so it is never logged.</param>
public sealed record LogDrainCreate(string Url);
