namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>Body of <c>PATCH /apps/{app}</c> (SCHEMA <c>app</c> Update); null fields are not sent.</summary>
/// <param name="Maintenance">Maintenance mode on or off.</param>
/// <param name="Name">New app name.</param>
/// <param name="BuildStack">Stack name or id for the next build, e.g. <c>heroku-24</c>.</param>
public sealed record AppUpdate(bool? Maintenance = null, string? Name = null, string? BuildStack = null);
