namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>Dynos: list, info, one-off run, restart (all, one, per type) and stop.</summary>
internal static class DynoEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/apps/{app}/dynos", (HttpContext http, HerokuSimulator sim, string app) =>
            sim.Run(w =>
            {
                var target = w.App(app);
                return Pager.Page(http, target.Dynos, d => FormationViews.Dyno(target, d), ("id", d => d.Id.ToString()), ("name", d => d.Name));
            }));
        api.MapGet("/apps/{app}/dynos/{dyno}", (HerokuSimulator sim, string app, string dyno) =>
            sim.Run(w =>
            {
                var target = w.App(app);
                return HerokuResults.Json(FormationViews.Dyno(target, Dyno(target, dyno)));
            }));
        api.MapPost("/apps/{app}/dynos", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var command = body.RequiredString("command");
            return sim.Run(w =>
            {
                var target = w.App(app);
                var dyno = w.RunDyno(target, command, body.String("size"), body.String("type") ?? "run", body.Bool("attach") ?? false, body.Int("time_to_live") ?? 3600);
                return HerokuResults.Created(FormationViews.Dyno(target, dyno));
            });
        });
        api.MapDelete("/apps/{app}/dynos", (HerokuSimulator sim, string app) =>
            Empty(sim, w => w.RestartDynos(w.App(app), w.Now)));
        api.MapDelete("/apps/{app}/dynos/{dyno}", (HerokuSimulator sim, string app, string dyno) =>
            Empty(sim, w =>
            {
                // Heroku takes a process type here too (the CLI's "ps:restart web" sends DELETE /apps/{app}/dynos/web).
                var target = w.App(app);
                if (target.Dynos.Any(d => SimCatalog.Matches(d.Id, d.Name, dyno)) || target.Formation.All(f => f.Type != dyno))
                    w.RestartDynos(target, w.Now, only: Dyno(target, dyno));
                else
                    w.RestartDynos(target, w.Now, dyno);
            }));
        api.MapDelete("/apps/{app}/formations/{type}", (HerokuSimulator sim, string app, string type) =>
            Empty(sim, w => w.RestartDynos(w.App(app), w.Now, type)));
        api.MapPost("/apps/{app}/dynos/{dyno}/actions/stop", (HerokuSimulator sim, string app, string dyno) =>
            Empty(sim, w =>
            {
                var target = w.App(app);
                var found = Dyno(target, dyno);
                if (found.ExpiresAt is not null)
                    target.Dynos.Remove(found);
                else
                    w.RestartDynos(target, w.Now, only: found);
            }));
        api.MapPost("/apps/{app}/formations/{type}/actions/stop", (HerokuSimulator sim, string app, string type) =>
            Empty(sim, w => w.RestartDynos(w.App(app), w.Now, type)));
    }

    private static SimDyno Dyno(SimApp app, string identity) =>
        app.Dynos.FirstOrDefault(d => SimCatalog.Matches(d.Id, d.Name, identity)) ?? throw HerokuApiException.NotFound("dyno");

    private static IResult Empty(HerokuSimulator sim, Action<SimWorld> action) =>
        sim.Run(w =>
        {
            action(w);
            return HerokuResults.Json(new JsonObject(), StatusCodes.Status202Accepted);
        });
}
