namespace Cutover.Sandbox.Heroku.Views;

/// <summary><c>GET /__simulator/state</c>: the whole account at a glance. Config var names only, never values.</summary>
internal static class StateView
{
    public static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static JsonObject Render(SimWorld world, HerokuSimulatorFaults faults, int rateLimitRemaining) => new()
    {
        ["now"] = Json.Time(world.Now),
        ["account"] = world.Account.Email,
        ["team"] = world.Team.Name,
        ["rate_limit_remaining"] = rateLimitRemaining,
        ["faults"] = new JsonObject
        {
            ["rate_limit_bursts"] = faults.RateLimitBursts,
            ["server_errors"] = faults.ServerErrors,
            ["server_error_status"] = faults.ServerErrorStatus,
            ["delay_ms"] = (long)faults.ResponseDelay.TotalMilliseconds,
            ["fail_next_addon"] = faults.FailNextAddonProvisioning,
        },
        ["spaces"] = new JsonArray([.. world.Spaces.Select(s => (JsonNode)new JsonObject
        {
            ["name"] = s.Name,
            ["state"] = s.State(world.Now),
            ["region"] = s.Region.Name,
            ["shield"] = s.Shield,
            ["generation"] = s.Generation.Name,
        })]),
        ["apps"] = new JsonArray([.. world.Apps.Select(a => (JsonNode)App(world, a))]),
    };

    private static JsonObject App(SimWorld world, SimApp app) => new()
    {
        ["name"] = app.Name,
        ["id"] = Json.Id(app.Id),
        ["space"] = app.Space?.Name,
        ["maintenance"] = app.Maintenance,
        ["release"] = app.CurrentRelease?.Version,
        ["pending_releases"] = app.Releases.Count(r => r.Status == SimRelease.Pending),
        ["formation"] = new JsonObject([.. app.Formation.Select(f => KeyValuePair.Create(f.Type, (JsonNode?)$"{f.Quantity}:{f.Size.Name}"))]),
        ["dynos"] = new JsonObject([.. app.Dynos.Select(d => KeyValuePair.Create(d.Name, (JsonNode?)d.State))]),
        ["config_var_names"] = Json.Strings(app.Config.Keys.Order(StringComparer.Ordinal)),
        ["addons"] = new JsonArray([.. world.AddonsOf(app).Select(a => (JsonNode)new JsonObject
        {
            ["name"] = a.Name,
            ["plan"] = a.Plan.FullName,
            ["state"] = a.State,
            ["billed_to"] = a.BillingApp.Name,
            ["following"] = a.Following?.Name,
            ["behind_by"] = a.Following is null ? null : a.LagAt(world.Now),
        })]),
        ["attachments"] = Json.Strings(world.AttachmentsOf(app).Select(t => $"{t.Name} -> {t.Addon.Name}")),
        ["domains"] = Json.Strings(app.Domains.Select(d => d.Cname is null ? $"{d.Hostname} ({d.Kind}, {d.Status})" : $"{d.Hostname} ({d.Kind}, {d.Status}) → {d.Cname}")),
    };
}
