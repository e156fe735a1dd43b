namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>Whether a service is available in a region (SCHEMA <c>add-on-region-capability</c>; Beta and GA services only).</summary>
public sealed record AddOnRegionCapability
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Whether the service can be reached over the region's private network.</summary>
    public bool SupportsPrivateNetworking { get; init; }

    /// <summary>The service.</summary>
    public ResourceRef? AddonService { get; init; }

    /// <summary>The region.</summary>
    public CapabilityRegion? Region { get; init; }
}
