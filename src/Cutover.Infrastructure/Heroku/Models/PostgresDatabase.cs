namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>
/// A Heroku Postgres database as the Data API describes it (<c>GET /client/v11/databases/{id}</c>; shape from the
/// CLI's <c>src/lib/pg/types.ts</c> — undocumented, so only the fields the bot needs are read).
/// </summary>
public sealed record PostgresDatabase
{
    /// <summary>The Platform API add-on id.</summary>
    public string AddonId { get; init; } = string.Empty;

    /// <summary>Database (add-on) name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The leader this database follows, or null when it is not a follower.</summary>
    public string? Following { get; init; }

    /// <summary>The leader's identity, or null.</summary>
    public string? Leader { get; init; }

    /// <summary>PostgreSQL version, e.g. <c>16.4</c>.</summary>
    public string? PostgresVersion { get; init; }

    /// <summary>Labelled facts, among them <c>Behind By</c> for a follower's replication lag.</summary>
    public IReadOnlyList<DatabaseInfoEntry> Info { get; init; } = [];

    /// <summary>The values of one <see cref="Info"/> entry, e.g. <c>InfoValues("Behind By")</c>; empty when absent.</summary>
    public IReadOnlyList<string> InfoValues(string name) =>
        Info.FirstOrDefault(e => string.Equals(e.Name, name, StringComparison.Ordinal))?.Values ?? [];
}
