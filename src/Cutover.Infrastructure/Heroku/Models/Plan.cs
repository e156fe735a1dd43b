namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>An add-on plan (SCHEMA <c>plan</c>): what decides whether a service can live inside a space.</summary>
public sealed record Plan
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary><c>service:plan</c> name, e.g. <c>heroku-postgresql:private-4</c>.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Human-readable name.</summary>
    public string? HumanName { get; init; }

    /// <summary>The service.</summary>
    public ResourceRef? AddonService { get; init; }

    /// <summary>Installable to a Private Spaces app (provisioned inside the space).</summary>
    public bool InstallableInsidePrivateNetwork { get; init; }

    /// <summary>Installable to a Common Runtime app.</summary>
    public bool InstallableOutsidePrivateNetwork { get; init; }

    /// <summary>The default plan for apps in Private Spaces.</summary>
    public bool SpaceDefault { get; init; }

    /// <summary>The service's default plan.</summary>
    public bool Default { get; init; }

    /// <summary>Compliance flags, e.g. <c>HIPAA</c>, <c>PCI</c>.</summary>
    public IReadOnlyList<string>? Compliance { get; init; }

    /// <summary>Price.</summary>
    public Price? Price { get; init; }

    /// <summary>Release state of the plan, e.g. <c>public</c>.</summary>
    public string? State { get; init; }

    /// <summary>Whether the plan is publicly visible.</summary>
    public bool Visible { get; init; }
}
