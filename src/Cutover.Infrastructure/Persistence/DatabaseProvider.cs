namespace Cutover.Infrastructure.Persistence;

/// <summary>Which database holds runs, approvals, the audit log and Quartz's tables.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
