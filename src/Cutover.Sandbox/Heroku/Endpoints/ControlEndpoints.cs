namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>
/// Simulator controls for tests and demos (not part of Heroku's API; no token needed):
/// <c>POST /__simulator/faults</c> arms faults, <c>DELETE</c> disarms them, <c>POST /__simulator/reset</c>
/// reloads the seed, <c>GET /__simulator/state</c> shows the account.
/// </summary>
internal static class ControlEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var control = routes.MapGroup("/__simulator");
        control.MapPost("/faults", async (HttpContext http, HerokuSimulator sim) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            if (body.Int("rate_limit") is { } bursts)
                sim.InjectRateLimitBursts(bursts);
            if (body.Int("server_errors") is { } errors)
            {
                var status = body.Int("server_error_status") ?? 503;
                if (status is < 500 or > 599)
                    throw HerokuApiException.InvalidParams("server_error_status must be a 5xx status.");
                sim.InjectServerErrors(errors, status);
            }

            if (body.Int("delay_ms") is { } delay)
                sim.SetResponseDelay(TimeSpan.FromMilliseconds(delay));
            if (body.Bool("fail_next_addon") == true)
                sim.FailNextAddonProvisioning();
            if (body.Int("rate_limit_remaining") is { } remaining)
                sim.SetRateLimitRemaining(remaining);
            return HerokuResults.Json(Faults(sim.Faults));
        });
        control.MapDelete("/faults", (HerokuSimulator sim) =>
        {
            sim.ClearFaults();
            return HerokuResults.Json(Faults(sim.Faults));
        });
        control.MapPost("/reset", (HerokuSimulator sim) =>
        {
            sim.Reset();
            return HerokuResults.Json(new JsonObject { ["message"] = "Simulator reset to its seed." });
        });
        control.MapGet("/state", (HerokuSimulator sim) =>
            Results.Content(sim.DescribeState(), "application/json; charset=utf-8"));
    }

    private static JsonObject Faults(HerokuSimulatorFaults faults) => new()
    {
        ["rate_limit"] = faults.RateLimitBursts,
        ["server_errors"] = faults.ServerErrors,
        ["server_error_status"] = faults.ServerErrorStatus,
        ["delay_ms"] = (long)faults.ResponseDelay.TotalMilliseconds,
        ["fail_next_addon"] = faults.FailNextAddonProvisioning,
    };
}
