namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>
/// Body of <c>PUT /apps/{app}/buildpack-installations</c> (SCHEMA <c>buildpack-installation</c> Update):
/// replaces all buildpacks; array order is run order.
/// </summary>
/// <param name="Updates">The buildpacks, in order.</param>
public sealed record BuildpackInstallationsUpdate(IReadOnlyList<BuildpackUpdate> Updates);
