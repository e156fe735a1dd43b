namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A running dyno (SCHEMA <c>dyno</c>).</summary>
public sealed record Dyno
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Name, e.g. <c>web.1</c>.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Process type, e.g. <c>web</c>.</summary>
    public string Type { get; init; } = string.Empty;

    /// <summary>Dyno size name.</summary>
    public string? Size { get; init; }

    /// <summary><c>crashed</c>, <c>down</c>, <c>idle</c>, <c>starting</c> or <c>up</c>.</summary>
    public string State { get; init; } = string.Empty;

    /// <summary>Command the dyno runs.</summary>
    public string? Command { get; init; }

    /// <summary>The release the dyno runs.</summary>
    public ReleaseRef? Release { get; init; }

    /// <summary>The app.</summary>
    public ResourceRef? App { get; init; }

    /// <summary>When the dyno was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the dyno's state last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
