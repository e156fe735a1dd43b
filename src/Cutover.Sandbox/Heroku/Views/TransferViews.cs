namespace Cutover.Sandbox.Heroku.Views;

/// <summary>
/// Data API bodies of PG Backups and Postgres settings and credentials (not in the Platform schema; shaped after
/// the Heroku CLI's <c>BackupTransfer</c>, <c>PGSettings</c> and <c>CredentialsInfo</c> types).
/// </summary>
internal static class TransferViews
{
    /// <summary>The settings pg:settings shows, with Heroku's defaults (https://devcenter.heroku.com/articles/heroku-postgres-settings).</summary>
    public static readonly IReadOnlyList<(string Name, string Default, string Description)> DefaultSettings =
    [
        ("log_connections", "true", "Whether each attempted connection to the server is logged."),
        ("log_lock_waits", "true", "Whether a log message is produced when a session waits longer than the deadlock timeout to acquire a lock."),
        ("log_min_duration_statement", "2000", "The duration in milliseconds above which statements are logged."),
        ("log_min_error_statement", "error", "Which SQL statements that cause an error condition are recorded in the server log."),
        ("log_statement", "ddl", "Which SQL statements are logged: none, ddl, mod or all."),
        ("track_functions", "none", "Whether function call counts and time used are tracked."),
    ];

    public static JsonObject Transfer(SimWorld world, SimTransfer transfer, bool verbose)
    {
        var started = world.Now >= transfer.StartedAt;
        var body = new JsonObject
        {
            ["uuid"] = Json.Id(transfer.Id),
            ["num"] = transfer.Num,
            ["from_name"] = transfer.FromName,
            ["from_type"] = transfer.FromType,
            ["to_name"] = transfer.ToName,
            ["to_type"] = transfer.ToType,
            ["options"] = new JsonObject(),
            ["source_bytes"] = transfer.SourceBytes,
            ["processed_bytes"] = transfer.ProcessedAt(world.Now),
            ["succeeded"] = transfer.Finished && transfer.Succeeded,
            ["warnings"] = 0,
            ["created_at"] = Time(transfer.CreatedAt),
            ["started_at"] = started ? Time(transfer.StartedAt) : null,
            ["finished_at"] = transfer.Finished ? Time(transfer.FinishesAt) : null,
            ["updated_at"] = Time(transfer.Finished ? transfer.FinishesAt : world.Now),
            ["canceled_at"] = null,
            ["deleted_at"] = null,
            ["schedule"] = null,
            ["from_database"] = transfer.From is { } from ? Database(from) : null,
            ["to_database"] = transfer.To is { } to ? Database(to) : null,
        };
        if (verbose)
            body["logs"] = Logs(world, transfer);
        return body;
    }

    public static JsonObject Settings(SimAddon database)
    {
        var body = new JsonObject();
        foreach (var (name, value, description) in DefaultSettings)
        {
            body[name] = new JsonObject
            {
                ["value"] = database.Settings.GetValueOrDefault(name, value),
                ["desc"] = description,
                ["default"] = value,
            };
        }

        return body;
    }

    /// <summary>The default credential (the one in the attachments' URL); its secrets are never part of the body.</summary>
    public static JsonObject DefaultCredential(SimAddon database)
    {
        var url = new Uri(database.Credentials.GetValueOrDefault("_URL", "postgres://user@localhost:5432/db"));
        return new JsonObject
        {
            ["uuid"] = Json.Id(StableId.For("pg-credential", $"{database.Id}/default")),
            ["name"] = "default",
            ["state"] = "active",
            ["database"] = url.AbsolutePath.TrimStart('/'),
            ["host"] = url.Host,
            ["port"] = url.Port,
            ["credentials"] = new JsonArray(new JsonObject
            {
                ["user"] = url.UserInfo.Split(':')[0],
                ["state"] = "active",
                ["connections"] = 0,
            }),
        };
    }

    private static JsonObject Database(SimAddon addon) => new() { ["addon_id"] = Json.Id(addon.Id), ["name"] = addon.Name };

    private static JsonArray Logs(SimWorld world, SimTransfer transfer)
    {
        var logs = new JsonArray { Log(transfer.CreatedAt, "Transfer created") };
        if (world.Now >= transfer.StartedAt)
            logs.Add(Log(transfer.StartedAt, $"pg_dump of {transfer.FromName} started"));
        if (transfer.Finished)
            logs.Add(Log(transfer.FinishesAt, transfer.Succeeded ? "Transfer completed" : "Transfer failed: the source or target database went away"));
        return logs;
    }

    private static JsonObject Log(DateTimeOffset at, string message) => new() { ["created_at"] = Time(at), ["level"] = "info", ["message"] = message };

    /// <summary>PG Backups writes times as <c>2016-10-08 00:00:00 +0000</c>.</summary>
    private static string Time(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss '+0000'", CultureInfo.InvariantCulture);
}
