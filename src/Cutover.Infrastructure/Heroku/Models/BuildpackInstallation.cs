namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A buildpack installed on an app (SCHEMA <c>buildpack-installation</c>).</summary>
/// <param name="Ordinal">Position, starting at 0; buildpacks run in this order.</param>
/// <param name="Buildpack">The buildpack.</param>
public sealed record BuildpackInstallation(int Ordinal, BuildpackRef Buildpack);
