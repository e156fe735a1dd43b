using System.Buffers;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;

namespace Cutover.Infrastructure.Persistence;

/// <summary>
/// <see cref="IInboundRequestBatchStore"/> in the <c>inbound_requests</c> table: one <c>INSERT … SELECT … ON CONFLICT
/// ("Key") DO NOTHING RETURNING "Key"</c>, which SQLite and PostgreSQL both run as one atomic statement. The unique index
/// on the key decides duplicates, against stored rows and against another process inserting the same key at the same
/// moment; the statement answers with the keys it inserted, so a duplicate fails nothing else. The rows travel as
/// columns of arrays (PostgreSQL, <c>unnest</c>) or one JSON array (SQLite, <c>json_each</c>): the statement's text is
/// the same for every batch, and binding costs the same whatever the batch's size.
/// </summary>
public sealed class EfInboundRequestBatchStore(IDbContextFactory<CutoverDbContext> contexts) : IInboundRequestBatchStore
{
    private const string Insert = """INSERT INTO inbound_requests ("Key", "Channel", "Kind", "Body", "ReceivedAt", "NotBeforeMs", "Attempts", "Completed") """;

    private const string Returning = """ ON CONFLICT ("Key") DO NOTHING RETURNING "Key" """;

    private const string Postgres = Insert
        + "SELECT k, c, t, b, r, n, 0, FALSE FROM unnest(@keys, @channels, @kinds, @bodies, @received, @notBefore) AS x(k, c, t, b, r, n)"
        + Returning;

    // "WHERE true" tells SQLite's parser that ON CONFLICT belongs to the INSERT, not to a join of the SELECT.
    private const string Sqlite = Insert
        + "SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, 0, FALSE FROM json_each(@rows) WHERE true"
        + Returning;

    /// <summary>How EF Core's SQLite provider writes a <see cref="DateTimeOffset"/>, so the rows read back alike.</summary>
    private const string SqliteDateTimeOffset = @"yyyy\-MM\-dd HH\:mm\:ss.FFFFFFFzzz";

    public async Task<IReadOnlySet<string>> InsertNewAsync(IReadOnlyList<InboundRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var stored = new HashSet<string>(StringComparer.Ordinal);
        if (requests.Count == 0)
            return stored;
        await using var db = contexts.CreateDbContext();
        await db.Database.OpenConnectionAsync(cancellationToken);
        await using DbCommand command = db is PostgresCutoverDbContext ? PostgresCommand(db, requests) : SqliteCommand(db, requests);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
            stored.Add(reader.GetString(0));
        return stored;
    }

    private static NpgsqlCommand PostgresCommand(CutoverDbContext db, IReadOnlyList<InboundRequest> requests)
    {
        var command = (NpgsqlCommand)db.Database.GetDbConnection().CreateCommand();
        command.CommandText = Postgres;
        command.Parameters.Add(new NpgsqlParameter<string[]>("keys", [.. requests.Select(r => r.Key)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("channels", [.. requests.Select(r => r.Channel)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("kinds", [.. requests.Select(r => r.Kind)]));
        command.Parameters.Add(new NpgsqlParameter<string[]>("bodies", [.. requests.Select(r => r.Body)]));
        command.Parameters.Add(new NpgsqlParameter<DateTimeOffset[]>("received", [.. requests.Select(r => r.ReceivedAt)])
        {
            NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.TimestampTz,
        });
        command.Parameters.Add(new NpgsqlParameter<long[]>("notBefore", [.. requests.Select(r => r.NotBeforeMs)]));
        return command;
    }

    private static SqliteCommand SqliteCommand(CutoverDbContext db, IReadOnlyList<InboundRequest> requests)
    {
        var rows = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(rows))
        {
            json.WriteStartArray();
            foreach (var request in requests)
            {
                json.WriteStartArray();
                json.WriteStringValue(request.Key);
                json.WriteStringValue(request.Channel);
                json.WriteStringValue(request.Kind);
                json.WriteStringValue(request.Body);
                json.WriteStringValue(request.ReceivedAt.ToString(SqliteDateTimeOffset, CultureInfo.InvariantCulture));
                json.WriteNumberValue(request.NotBeforeMs);
                json.WriteEndArray();
            }

            json.WriteEndArray();
        }

        var command = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        command.CommandText = Sqlite;
        command.Parameters.AddWithValue("@rows", Encoding.UTF8.GetString(rows.WrittenSpan));
        return command;
    }
}
