namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A Private Space (SCHEMA <c>space</c>), from <c>GET /spaces/{space}</c>.</summary>
public sealed record Space
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Unique name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary><c>allocating</c>, <c>allocated</c> or <c>deleting</c>; only <c>allocated</c> spaces take apps.</summary>
    public string State { get; init; } = string.Empty;

    /// <summary>Whether it is a Shield Private Space.</summary>
    public bool Shield { get; init; }

    /// <summary>Region of the space.</summary>
    public ResourceRef? Region { get; init; }

    /// <summary>Owning team.</summary>
    public ResourceRef? Team { get; init; }

    /// <summary>Platform generation: <c>cedar</c> or <c>fir</c>.</summary>
    public ResourceRef? Generation { get; init; }

    /// <summary>RFC-1918 CIDR block of the space's dynos.</summary>
    public string? Cidr { get; init; }

    /// <summary>RFC-1918 CIDR block of the space's data services.</summary>
    public string? DataCidr { get; init; }

    /// <summary>When the space was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the space was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
