namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A build (SCHEMA <c>build</c>).</summary>
public sealed record Build
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary><c>pending</c>, <c>succeeded</c> or <c>failed</c>.</summary>
    public string Status { get; init; } = string.Empty;

    /// <summary>The source that was built.</summary>
    public SourceBlob? SourceBlob { get; init; }

    /// <summary>Buildpacks used, in order; null when detected.</summary>
    public IReadOnlyList<BuildpackRef>? Buildpacks { get; init; }

    /// <summary>Build output stream.</summary>
    public string? OutputStreamUrl { get; init; }

    /// <summary>The slug produced, once succeeded.</summary>
    public ResourceRef? Slug { get; init; }

    /// <summary>The release created, once succeeded.</summary>
    public ResourceRef? Release { get; init; }

    /// <summary>Stack name the build ran on.</summary>
    public string? Stack { get; init; }

    /// <summary>Who started the build.</summary>
    public UserRef? User { get; init; }

    /// <summary>When the build was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the build was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
