namespace Cutover.Host.Options;

/// <summary>Section <c>Database</c>; <c>DATABASE_URL</c> (Heroku's format) overrides <see cref="Url"/>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>PostgreSQL URL, <c>postgres://user:password@host:5432/database</c>. Empty means SQLite.</summary>
    public string? Url { get; set; }

    /// <summary>The SQLite file used when no URL is set.</summary>
    public string SqlitePath { get; set; } = "cutover.db";
}
