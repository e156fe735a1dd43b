using Npgsql;

namespace Cutover.Infrastructure.Persistence;

/// <summary>
/// Converts Heroku's <c>postgres://user:password@host:port/database</c> into an Npgsql connection string:
/// Npgsql does not parse URIs. SSL is required unless the host is local (or the URL says otherwise).
/// </summary>
public static class HerokuDatabaseUrl
{
    public static string ToNpgsqlConnectionString(string databaseUrl)
    {
        if (!Uri.TryCreate(databaseUrl.Trim(), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("postgres" or "postgresql"))
        {
            throw new FormatException("DATABASE_URL must look like postgres://user:password@host:5432/database.");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (string.IsNullOrEmpty(uri.Host) || string.IsNullOrEmpty(database) || database.Contains('/'))
            throw new FormatException("DATABASE_URL needs a host and a database name: postgres://user:password@host:5432/database.");
        var credentials = uri.UserInfo.Split(':', 2);
        if (credentials[0].Length == 0)
            throw new FormatException("DATABASE_URL needs a user name: postgres://user:password@host:5432/database.");

        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = uri.Host,
            Port = uri.IsDefaultPort || uri.Port <= 0 ? 5432 : uri.Port,
            Database = database,
            Username = Uri.UnescapeDataString(credentials[0]),
            Password = credentials.Length > 1 ? Uri.UnescapeDataString(credentials[1]) : null,
            SslMode = IsLocal(uri.Host) ? SslMode.Disable : SslMode.Require,
        };
        ApplyQuery(uri.Query, builder);
        return builder.ConnectionString;
    }

    /// <summary>Host, port and database of a connection string, without credentials.</summary>
    public static string DescribeHost(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static void ApplyQuery(string query, NpgsqlConnectionStringBuilder builder)
    {
        foreach (var pair in query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = pair.Split('=', 2);
            var value = parts.Length > 1 ? Uri.UnescapeDataString(parts[1]) : string.Empty;
            if (!parts[0].Equals("sslmode", StringComparison.OrdinalIgnoreCase))
                continue;
            builder.SslMode = value.ToLowerInvariant() switch
            {
                "disable" => SslMode.Disable,
                "allow" => SslMode.Allow,
                "prefer" => SslMode.Prefer,
                "require" => SslMode.Require,
                "verify-ca" => SslMode.VerifyCA,
                "verify-full" => SslMode.VerifyFull,
                _ => throw new FormatException($"DATABASE_URL has an unknown sslmode '{value}'."),
            };
        }
    }

    private static bool IsLocal(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
}
