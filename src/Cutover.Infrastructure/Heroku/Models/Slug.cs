namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A slug (SCHEMA <c>slug</c>), from <c>GET /apps/{app}/slugs/{slug}</c>.</summary>
public sealed record Slug
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Process types and their commands, e.g. <c>web</c> → <c>./Cutover.Host --urls …</c>.</summary>
    public IReadOnlyDictionary<string, string> ProcessTypes { get; init; } = new Dictionary<string, string>();

    /// <summary>The stack it was built for; a slug runs only on that stack.</summary>
    public ResourceRef? Stack { get; init; }

    /// <summary>Size in bytes.</summary>
    public long? Size { get; init; }

    /// <summary>Source commit, if known.</summary>
    public string? Commit { get; init; }

    /// <summary>Commit description, if known.</summary>
    public string? CommitDescription { get; init; }

    /// <summary>Checksum of the slug archive.</summary>
    public string? Checksum { get; init; }

    /// <summary>Language or framework, from the buildpack.</summary>
    public string? BuildpackProvidedDescription { get; init; }

    /// <summary>When the slug was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the slug was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
