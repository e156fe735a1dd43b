using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Cutover.Infrastructure.Persistence;

/// <summary>
/// Per-connection SQLite settings: in WAL mode <c>synchronous=NORMAL</c> keeps every commit durable against a crash of
/// the process (only an OS crash or power loss can lose the last commits), and saves an fsync per commit — the
/// difference between hundreds and thousands of acknowledged Slack requests a second. <c>busy_timeout</c> lets
/// concurrent writers wait for the lock instead of failing.
/// </summary>
internal sealed class SqliteConnectionSettings : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = Pragmas;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
