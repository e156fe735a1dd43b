namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>Body of <c>POST /apps/{app}/builds</c> (SCHEMA <c>build</c> Create): the fallback when a slug cannot be reused.</summary>
/// <param name="SourceBlob">The source to build.</param>
/// <param name="Buildpacks">Buildpacks to use in order; null lets Heroku use the app's buildpacks and is not sent.</param>
public sealed record BuildCreate(SourceBlob SourceBlob, IReadOnlyList<BuildpackRef>? Buildpacks = null);
