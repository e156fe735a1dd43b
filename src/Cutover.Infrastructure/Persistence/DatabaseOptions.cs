namespace Cutover.Infrastructure.Persistence;

/// <summary>Section <c>Database</c>; <c>DATABASE_URL</c> (Heroku's format) sets <see cref="Url"/>.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>PostgreSQL URL, <c>postgres://user:password@host:5432/database</c>. Empty means SQLite.</summary>
    public string? Url { get; set; }

    /// <summary>The SQLite file used when no URL is set.</summary>
    public string SqlitePath { get; set; } = "cutover.db";

    /// <summary>
    /// The database of the <c>Database</c> section. It is read when services are registered, because the store and the
    /// scheduler are built for one provider.
    /// </summary>
    /// <exception cref="OptionsValidationException">A malformed URL, named without its credentials.</exception>
    public static DatabaseSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = configuration.GetSection(Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        try
        {
            return DatabaseSettings.Resolve(options.Url, options.SqlitePath);
        }
        catch (Exception exception) when (exception is FormatException or ArgumentException)
        {
            throw new OptionsValidationException(Section, typeof(DatabaseOptions), [exception.Message]);
        }
    }
}
