namespace Cutover.Sandbox.Heroku.Views;

/// <summary>
/// Data API bodies (not in the Platform schema; shaped after the Heroku CLI's <c>PgDatabase</c>,
/// <c>PgStatus</c>, <c>RedisFormationResponse</c> types): Postgres info and wait status, Redis info and wait.
/// </summary>
internal static class DataViews
{
    public static JsonObject Postgres(SimWorld world, SimAddon addon)
    {
        var lag = addon.LagAt(world.Now);
        var essential = addon.Plan.Name.StartsWith("essential", StringComparison.Ordinal);
        var available = addon.State == SimAddon.Provisioned;
        var connections = essential ? 20 : 400;
        var info = new JsonArray
        {
            Row("Plan", addon.Plan.HumanName),
            Row("Status", available ? "Available" : "Creating"),
            Row("Data Size", Size(addon.DataBytes)),
            Row("Tables", addon.Tables.ToString(CultureInfo.InvariantCulture)),
            Row("PG Version", "16.4"),
            Row("Connections", string.Create(CultureInfo.InvariantCulture, $"{(available ? 3 : 0)}/{connections}")),
            Row("Connection Pooling", essential ? "Unsupported" : "Available"),
            Row("Credentials", "1"),
            Row("Fork/Follow", addon.Plan.Followable ? "Available" : "Unsupported"),
            Row("Rollback", essential ? "Unsupported" : $"earliest from {Json.Time(addon.ReadyAt)}"),
            Row("Created", addon.CreatedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture)),
            Row("Region", addon.BillingApp.Region.Name),
            Row("Data Encryption", "In Use"),
            Row("Continuous Protection", essential ? "Off" : "On"),
            Row("Maintenance", "not required"),
        };
        if (addon.Following is { } leader)
        {
            info.Add(Row("Following", leader.Name));
            info.Add(Row("Behind By", $"{lag.ToString(CultureInfo.InvariantCulture)} commits"));
        }

        if (addon.ForkedFrom is { } source)
            info.Add(Row("Forked From", source.Name));
        var followers = world.Addons.Where(a => a.Following == addon && !a.Destroyed).Select(a => a.Name).ToList();
        if (followers.Count > 0)
            info.Add(Row("Followers", [.. followers]));
        var body = new JsonObject
        {
            ["addon_id"] = Json.Id(addon.Id),
            ["name"] = addon.Name,
            ["plan"] = new JsonObject { ["name"] = addon.Plan.Name },
            ["created_at"] = Json.Time(addon.CreatedAt),
            ["database_name"] = "d" + addon.ProviderId,
            ["num_bytes"] = addon.DataBytes,
            ["num_tables"] = addon.Tables,
            ["postgres_version"] = "16.4",
            ["resource_url"] = $"https://data.heroku.com/datastores/{Json.Id(addon.Id)}",
            ["leader"] = addon.Following?.Name,
            ["is_in_recovery"] = addon.Following is not null,
            ["hot_standby?"] = addon.Following is not null,
            ["standalone?"] = addon.Following is null,
            ["waiting?"] = Waiting(world, addon),
            ["info"] = info,
        };
        if (addon.Following is not null)
            body["following"] = addon.FollowingUrl;
        return body;
    }

    /// <summary><c>waiting?</c> is true while provisioning; the message says how far a follower still has to catch up.</summary>
    public static JsonObject PostgresWaitStatus(SimWorld world, SimAddon addon) => new()
    {
        ["waiting?"] = Waiting(world, addon),
        ["error?"] = addon.State == SimAddon.Deprovisioned,
        ["message"] = addon.State switch
        {
            SimAddon.Provisioning => "Provisioning",
            SimAddon.Deprovisioned => "Provisioning failed",
            _ when addon.LagAt(world.Now) > 0 => $"Following {addon.Following!.Name}: catching up ({addon.LagAt(world.Now).ToString(CultureInfo.InvariantCulture)} commits behind)",
            _ => "Available",
        },
    };

    public static JsonObject Redis(SimWorld world, SimAddon addon)
    {
        var info = new JsonArray
        {
            Row("Plan", addon.Plan.HumanName),
            Row("Status", RedisWaiting(world, addon) ? "creating" : "available"),
            Row("Created", Json.Time(addon.CreatedAt)),
            Row("Version", "7.2.4"),
            Row("Timeout", "300"),
            Row("Maxmemory", "noeviction"),
        };
        if (addon.ForkedFrom is { } source)
            info.Add(Row("Forked From", source.Name));
        return new JsonObject
        {
            ["addon_id"] = Json.Id(addon.Id),
            ["created_at"] = Json.Time(addon.CreatedAt),
            ["formation"] = new JsonObject { ["id"] = Json.Id(StableId.For("redis-formation", addon.Id.ToString())), ["primary"] = null },
            ["info"] = info,
            ["metaas_source"] = "redis",
            ["name"] = addon.Name,
            ["plan"] = addon.Plan.Name,
            ["port"] = 6379,
            ["prefer_native_tls"] = true,
            ["resource_url"] = addon.Credentials.GetValueOrDefault("_URL", string.Empty).Split('@')[^1],
            ["version"] = "7.2.4",
        };
    }

    public static JsonObject RedisWait(SimWorld world, SimAddon addon) => new()
    {
        ["waiting?"] = RedisWaiting(world, addon),
        ["message"] = addon.State switch
        {
            SimAddon.Provisioning => addon.ForkedFrom is null ? "Provisioning" : $"Forking from {addon.ForkedFrom.Name}",
            SimAddon.Deprovisioned => "Provisioning failed",
            _ => "Available",
        },
    };

    /// <summary>
    /// Waiting only while provisioning: a follower is available once provisioned and then catches up, which
    /// clients watch through <c>Behind By</c> (the CLI's pg:wait, then pg:info).
    /// </summary>
    private static bool Waiting(SimWorld world, SimAddon addon) => addon.State == SimAddon.Provisioning;

    private static bool RedisWaiting(SimWorld world, SimAddon addon) =>
        addon.State == SimAddon.Provisioning && world.Now < addon.ReadyAt;

    private static string Size(long bytes) =>
        bytes >= 1_073_741_824
            ? string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_073_741_824d:0.0} GB")
            : string.Create(CultureInfo.InvariantCulture, $"{bytes / 1_048_576d:0.0} MB");

    private static JsonObject Row(string name, params string[] values) => new() { ["name"] = name, ["values"] = Json.Strings(values) };
}
