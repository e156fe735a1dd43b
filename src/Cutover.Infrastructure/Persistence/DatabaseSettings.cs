using Microsoft.Data.Sqlite;

namespace Cutover.Infrastructure.Persistence;

/// <summary>The database Cutover uses: PostgreSQL when <c>DATABASE_URL</c> is set, else a SQLite file.</summary>
/// <param name="Provider">SQLite or PostgreSQL.</param>
/// <param name="ConnectionString">An ADO.NET connection string (never logged: it may hold a password).</param>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    /// <summary>
    /// Settings from Heroku's <c>DATABASE_URL</c> when present, otherwise a SQLite file at <paramref name="sqlitePath"/>.
    /// Throws <see cref="FormatException"/> with a one-line, secret-free message for a malformed URL.
    /// </summary>
    public static DatabaseSettings Resolve(string? databaseUrl, string sqlitePath) =>
        string.IsNullOrWhiteSpace(databaseUrl)
            ? Sqlite(sqlitePath)
            : new DatabaseSettings(DatabaseProvider.Postgres, HerokuDatabaseUrl.ToNpgsqlConnectionString(databaseUrl));

    public static DatabaseSettings Sqlite(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = Path.GetFullPath(path),
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
        };
        return new DatabaseSettings(DatabaseProvider.Sqlite, builder.ConnectionString);
    }

    /// <summary>Provider and location without credentials, for the start-up log.</summary>
    public string Describe() => Provider switch
    {
        DatabaseProvider.Sqlite => $"SQLite at {new SqliteConnectionStringBuilder(ConnectionString).DataSource}",
        _ => $"PostgreSQL at {HerokuDatabaseUrl.DescribeHost(ConnectionString)}",
    };

    public override string ToString() => Describe();
}
