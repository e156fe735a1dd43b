namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>The <c>region</c> of an <see cref="AddOnRegionCapability"/>.</summary>
/// <param name="Id">Region id.</param>
/// <param name="Name">Region name, e.g. <c>virginia</c>.</param>
/// <param name="PrivateCapable">Whether Private Spaces can be created in the region.</param>
public sealed record CapabilityRegion(string Id, string Name, bool PrivateCapable);
