namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A team app (SCHEMA <c>team-app</c>), as returned by <c>POST /teams/apps</c>.</summary>
public sealed record TeamApp
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Unique name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Whether the app is locked against joining by team members.</summary>
    public bool Locked { get; init; }

    /// <summary>Whether the app is in maintenance mode.</summary>
    public bool Maintenance { get; init; }

    /// <summary>Stack the app runs on.</summary>
    public ResourceRef? Stack { get; init; }

    /// <summary>Stack the next build will use.</summary>
    public ResourceRef? BuildStack { get; init; }

    /// <summary>Region, implied by the space.</summary>
    public ResourceRef? Region { get; init; }

    /// <summary>The space the app was created in (no <c>shield</c> flag on this resource).</summary>
    public ResourceRef? Space { get; init; }

    /// <summary>Whether the app is reachable only inside its space.</summary>
    public bool? InternalRouting { get; init; }

    /// <summary>The owning team (name only on this resource).</summary>
    public ResourceRef? Team { get; init; }

    /// <summary>Web URL of the app.</summary>
    public string? WebUrl { get; init; }

    /// <summary>When the app was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
