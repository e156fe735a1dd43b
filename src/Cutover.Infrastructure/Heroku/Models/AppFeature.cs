namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A Labs / app feature (SCHEMA <c>app-feature</c>), e.g. <c>log-runtime-metrics</c>.</summary>
public sealed record AppFeature
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Unique name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Whether it is enabled on the app.</summary>
    public bool Enabled { get; init; }

    /// <summary>Release state: <c>public</c>, <c>beta</c>, …</summary>
    public string? State { get; init; }

    /// <summary>Description.</summary>
    public string? Description { get; init; }

    /// <summary>Documentation URL.</summary>
    public string? DocUrl { get; init; }

    /// <summary>Display name.</summary>
    public string? DisplayName { get; init; }
}
