namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A buildpack by URL and/or name (SCHEMA <c>build.buildpacks[]</c>, <c>buildpack-installation.buildpack</c>).</summary>
/// <param name="Url">Buildpack URL or registry name, e.g. <c>heroku/dotnet</c>.</param>
/// <param name="Name">Buildpack name; null is not sent.</param>
public sealed record BuildpackRef(string Url, string? Name = null);
