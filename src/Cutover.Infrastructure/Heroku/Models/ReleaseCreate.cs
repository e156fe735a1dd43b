namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>
/// Body of <c>POST /apps/{app}/releases</c> (SCHEMA <c>release</c> Create): release an existing slug, e.g. one
/// copied from another app, without rebuilding.
/// </summary>
/// <param name="Slug">Slug id to release.</param>
/// <param name="Description">Release description; null is not sent.</param>
public sealed record ReleaseCreate(string Slug, string? Description = null);
