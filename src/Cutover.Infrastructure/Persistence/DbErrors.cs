using Microsoft.Data.Sqlite;
using Npgsql;

namespace Cutover.Infrastructure.Persistence;

/// <summary>Recognises the database's own verdicts, so that constraints (not pre-checks) decide races.</summary>
internal static class DbErrors
{
    private const int SqliteConstraintUnique = 2067;
    private const int SqliteConstraintPrimaryKey = 1555;

    public static bool IsUniqueViolation(DbUpdateException exception) => exception.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteConstraintUnique or SqliteConstraintPrimaryKey,
        _ => false,
    };
}
