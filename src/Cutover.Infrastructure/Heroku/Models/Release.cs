namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A release (SCHEMA <c>release</c>).</summary>
public sealed record Release
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Sequential version number.</summary>
    public int Version { get; init; }

    /// <summary><c>failed</c>, <c>pending</c>, <c>succeeded</c> or <c>expired</c>.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>Whether this is the app's current release.</summary>
    public bool Current { get; init; }

    /// <summary>The slug it runs, or null (e.g. a config-only first release).</summary>
    public ResourceRef? Slug { get; init; }

    /// <summary>Description, e.g. <c>Deploy 1a2b3c</c>.</summary>
    public string? Description { get; init; }

    /// <summary>Add-on plans installed on the app in this release.</summary>
    public IReadOnlyList<string> AddonPlanNames { get; init; } = [];

    /// <summary>The app.</summary>
    public ResourceRef? App { get; init; }

    /// <summary>Who made the release.</summary>
    public UserRef? User { get; init; }

    /// <summary>Release-phase output stream, when the app has a <c>release</c> process.</summary>
    public string? OutputStreamUrl { get; init; }

    /// <summary>Whether the release can be rolled back to.</summary>
    public bool EligibleForRollback { get; init; }

    /// <summary>When the release was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the release was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
