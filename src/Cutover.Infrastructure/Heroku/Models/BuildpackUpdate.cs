namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>One entry of <see cref="BuildpackInstallationsUpdate"/>.</summary>
/// <param name="Buildpack">Buildpack URL, name or URN, e.g. <c>heroku/dotnet</c>.</param>
public sealed record BuildpackUpdate(string Buildpack);
