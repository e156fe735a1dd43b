namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>An app (SCHEMA <c>app</c>): the fields returned by <c>GET /apps/{app}</c> and its updates.</summary>
public sealed record App
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Unique name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Whether Automated Certificate Management is enabled.</summary>
    public bool Acm { get; init; }

    /// <summary>Whether the app is in maintenance mode.</summary>
    public bool Maintenance { get; init; }

    /// <summary>Stack the app runs on now.</summary>
    public ResourceRef? Stack { get; init; }

    /// <summary>Stack the next build will use.</summary>
    public ResourceRef? BuildStack { get; init; }

    /// <summary>Region, e.g. <c>us</c>.</summary>
    public ResourceRef? Region { get; init; }

    /// <summary>The Private Space the app runs in, or null on the Common Runtime.</summary>
    public SpaceRef? Space { get; init; }

    /// <summary>Whether the app is reachable only inside its space.</summary>
    public bool? InternalRouting { get; init; }

    /// <summary>The owning team, if any.</summary>
    public ResourceRef? Team { get; init; }

    /// <summary>Owning account.</summary>
    public UserRef? Owner { get; init; }

    /// <summary>Platform generation: <c>cedar</c> or <c>fir</c>.</summary>
    public ResourceRef? Generation { get; init; }

    /// <summary>Description of the language or app framework, from the buildpack.</summary>
    public string? BuildpackProvidedDescription { get; init; }

    /// <summary>Web URL of the app.</summary>
    public string? WebUrl { get; init; }

    /// <summary>Git repository URL of the app.</summary>
    public string? GitUrl { get; init; }

    /// <summary>Size of the current slug in bytes.</summary>
    public long? SlugSize { get; init; }

    /// <summary>Size of the repository in bytes.</summary>
    public long? RepoSize { get; init; }

    /// <summary>When the app was last released.</summary>
    public DateTimeOffset? ReleasedAt { get; init; }

    /// <summary>When the app was archived, if it was.</summary>
    public DateTimeOffset? ArchivedAt { get; init; }

    /// <summary>When the app was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the app was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
