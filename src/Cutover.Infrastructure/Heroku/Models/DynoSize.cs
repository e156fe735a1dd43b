namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A dyno size (SCHEMA <c>dyno-size</c>).</summary>
public sealed record DynoSize
{
    /// <summary>Unique identifier.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Name, e.g. <c>Private-M</c>.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Compute units.</summary>
    public int Compute { get; init; }

    /// <summary>Memory in GB.</summary>
    public double Memory { get; init; }

    /// <summary>Whether the dyno runs on dedicated hardware.</summary>
    public bool Dedicated { get; init; }

    /// <summary>Whether the size exists only in Private Spaces.</summary>
    public bool PrivateSpaceOnly { get; init; }

    /// <summary>CPU architecture, e.g. <c>amd64</c>.</summary>
    public string? Architecture { get; init; }

    /// <summary>Dyno units charged per dyno.</summary>
    public double PreciseDynoUnits { get; init; }

    /// <summary>Platform generation the size belongs to.</summary>
    public ResourceRef? Generation { get; init; }
}
