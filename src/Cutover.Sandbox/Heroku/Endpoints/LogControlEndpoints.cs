namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>
/// <c>POST /__simulator/logs/{app}</c> puts lines into the app's next log stream (no token needed), one kind per call:
/// <c>{"code":"H12","count":3}</c> router errors · <c>{"code":"R14","dyno":"web.1","count":2}</c> dyno errors ·
/// <c>{"dyno":"web.2","from":"up","state":"crashed"}</c> a state change · <c>{"line":"heroku[router]: …"}</c> any line.
/// <c>DELETE</c> forgets what no stream has shown yet. Both answer <c>{"app", "pending"}</c>.
/// </summary>
internal static class LogControlEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var logs = routes.MapGroup("/__simulator/logs");
        logs.MapPost("/{app}", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var code = body.String("code");
            var dyno = body.String("dyno");
            var count = body.Int("count") ?? 1;
            if (body.String("line") is { } line)
                HerokuSimulatorLogExtensions.InjectLogLineApi(sim, app, line);
            else if (code is { Length: > 0 } && code[0] == 'H')
                HerokuSimulatorLogExtensions.InjectRouterErrorsApi(sim, app, code, count);
            else if (code is { Length: > 0 } && code[0] == 'R')
                HerokuSimulatorLogExtensions.InjectDynoErrorsApi(sim, app, dyno ?? throw HerokuApiException.InvalidParams("An R code needs the dyno that logs it, e.g. \"dyno\":\"web.1\"."), code, count);
            else if (body.String("state") is { } state)
                HerokuSimulatorLogExtensions.InjectDynoStateApi(sim, app, dyno ?? throw HerokuApiException.InvalidParams("A state change needs \"dyno\"."), body.String("from") ?? "up", state);
            else
                throw HerokuApiException.InvalidParams("Send one of: code (H.. or R..), state with dyno, or line.");
            return Pending(sim, app, StatusCodes.Status201Created);
        });
        logs.MapDelete("/{app}", (HerokuSimulator sim, string app) =>
        {
            HerokuSimulatorLogExtensions.ClearLogLinesApi(sim, app);
            return Pending(sim, app, StatusCodes.Status200OK);
        });
    }

    private static IResult Pending(HerokuSimulator sim, string app, int status) =>
        HerokuResults.Json(new JsonObject { ["app"] = app, ["pending"] = HerokuSimulatorLogExtensions.PendingLogLinesApi(sim, app) }, status);
}
