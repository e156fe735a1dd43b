namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>One process type's scale (SCHEMA <c>formation</c>).</summary>
public sealed record Formation
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Process type, e.g. <c>web</c>.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>Number of dynos.</summary>
    public int Quantity { get; init; }

    /// <summary>Dyno size, e.g. <c>Standard-1X</c>, <c>Private-M</c>.</summary>
    public ResourceRef? DynoSize { get; init; }

    /// <summary>Deprecated size string; prefer <see cref="DynoSize"/>.</summary>
    public string? Size { get; init; }

    /// <summary>Command the dynos run.</summary>
    public string? Command { get; init; }

    /// <summary>The app.</summary>
    public ResourceRef? App { get; init; }

    /// <summary>When the formation was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the formation was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
