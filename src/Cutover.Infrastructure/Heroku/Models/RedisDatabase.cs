namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>
/// A Heroku Key-Value Store (Redis) database as the Data API describes it (<c>GET /redis/v0/databases/{name}</c>;
/// shape from the CLI's <c>src/lib/redis/api.ts</c>). The connection URL is deliberately not read.
/// </summary>
public sealed record RedisDatabase
{
    /// <summary>The Platform API add-on id.</summary>
    public string AddonId { get; init; } = string.Empty;

    /// <summary>Add-on name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>Plan name.</summary>
    public string? Plan { get; init; }

    /// <summary>Redis version.</summary>
    public string? Version { get; init; }

    /// <summary>Labelled facts (same shape as Postgres).</summary>
    public IReadOnlyList<DatabaseInfoEntry> Info { get; init; } = [];
}
