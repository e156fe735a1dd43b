namespace Cutover.Infrastructure.Persistence;

/// <summary>
/// The data migration that qualifies user ids stored before identities carried their platform: a run's requester and
/// its recorded approvals get the platform of the run's conversation (<c>U0123ABCD</c> in a Slack run becomes
/// <c>slack:U0123ABCD</c>), so the four-eyes rule and distinct-approver counts of runs in flight still hold after the
/// upgrade. The audit log is append-only and keeps the ids as they were written; its runs say their platform.
/// Plain SQL both SQLite and PostgreSQL run.
/// </summary>
internal static class QualifiedUserIds
{
    public static readonly string Runs =
        $"""
        UPDATE runs SET "RequestedBy" = lower(c."Channel") || ':' || runs."RequestedBy"
        FROM conversation_references c
        WHERE c."RunId" = runs."Id" AND {Unqualified("runs.\"RequestedBy\"")};
        """;

    public static readonly string Approvals =
        $"""
        UPDATE approvals SET "UserId" = lower(c."Channel") || ':' || approvals."UserId"
        FROM steps s JOIN conversation_references c ON c."RunId" = s."RunId"
        WHERE s."Id" = approvals."StepRowId" AND {Unqualified("approvals.\"UserId\"")};
        """;

    private static string Unqualified(string column) =>
        $"{column} NOT LIKE 'slack:%' AND {column} NOT LIKE 'teams:%' AND {column} NOT LIKE 'console:%'";
}
