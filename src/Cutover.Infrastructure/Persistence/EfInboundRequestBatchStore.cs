using System.Runtime.CompilerServices;

namespace Cutover.Infrastructure.Persistence;

/// <summary>
/// <see cref="IInboundRequestBatchStore"/> in the <c>inbound_requests</c> table: one multi-row
/// <c>INSERT … ON CONFLICT ("Key") DO NOTHING RETURNING "Key"</c>, which SQLite and PostgreSQL both run as one atomic
/// statement. The unique index on the key decides duplicates, against stored rows and against another process inserting
/// the same key at the same moment; the statement answers with the keys it inserted, so a duplicate fails nothing else.
/// </summary>
public sealed class EfInboundRequestBatchStore(IDbContextFactory<CutoverDbContext> contexts) : IInboundRequestBatchStore
{
    private const string Insert =
        "INSERT INTO inbound_requests (\"Key\", \"Channel\", \"Kind\", \"Body\", \"ReceivedAt\", \"NotBeforeMs\", \"Attempts\", \"Completed\") VALUES ";

    private const string OnConflict = " ON CONFLICT (\"Key\") DO NOTHING RETURNING \"Key\" AS \"Value\"";

    private const int ColumnsPerRow = 6;

    public async Task<IReadOnlySet<string>> InsertNewAsync(IReadOnlyList<InboundRequest> requests, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requests);
        if (requests.Count == 0)
            return new HashSet<string>();
        var sql = new StringBuilder(Insert);
        var arguments = new object[requests.Count * ColumnsPerRow];
        for (var i = 0; i < requests.Count; i++)
        {
            var request = requests[i];
            var p = i * ColumnsPerRow;
            (arguments[p], arguments[p + 1], arguments[p + 2], arguments[p + 3], arguments[p + 4], arguments[p + 5]) =
                (request.Key, request.Channel, request.Kind, request.Body, request.ReceivedAt, request.NotBeforeMs);
            sql.Append(i == 0 ? "(" : ", (");
            for (var n = p; n < p + ColumnsPerRow; n++)
                sql.Append(CultureInfo.InvariantCulture, $"{{{n}}}, ");
            sql.Append("0, FALSE)");
        }

        sql.Append(OnConflict);
        await using var db = contexts.CreateDbContext();
        var stored = await db.Database.SqlQuery<string>(FormattableStringFactory.Create(sql.ToString(), arguments)).ToListAsync(cancellationToken);
        return stored.ToHashSet(StringComparer.Ordinal);
    }
}
