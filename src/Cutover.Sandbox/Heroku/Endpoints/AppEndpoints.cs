namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>Apps: list (ranged by id, name, updated_at), create (Common Runtime or team/space), info, update, delete, ACM, features.</summary>
internal static class AppEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/apps", (HttpContext http, HerokuSimulator sim) =>
            sim.Run(w => Pager.Page(http, w.Apps, AppViews.App,
                ("id", a => a.Id.ToString()), ("name", a => a.Name), ("updated_at", a => Json.Time(a.UpdatedAt)))));
        api.MapPost("/apps", async (HttpContext http, HerokuSimulator sim) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            return sim.Run(w =>
            {
                var app = w.CreateApp(body.String("name"), null, null, body.String("region"), body.String("stack"), null, false);
                foreach (var flag in body.Array("feature_flags") ?? [])
                    w.SetFeature(app, w.Catalog.FindFeature(RequestBody.IdentityOf(flag, "feature_flags") ?? string.Empty) ?? throw HerokuApiException.NotFound("feature"), true);
                return HerokuResults.Created(AppViews.App(app));
            });
        });
        api.MapGet("/apps/{app}", (HerokuSimulator sim, string app) =>
            sim.Run(w => HerokuResults.Json(AppViews.App(w.App(app)))));
        api.MapPatch("/apps/{app}", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            return sim.Run(w =>
            {
                var target = w.App(app);
                w.UpdateApp(target, body.String("name"), body.Bool("maintenance"), body.Identity("build_stack"));
                return HerokuResults.Json(AppViews.App(target));
            });
        });
        api.MapDelete("/apps/{app}", (HerokuSimulator sim, string app) =>
            sim.Run(w =>
            {
                var target = w.App(app);
                var body = AppViews.App(target);
                w.DeleteApp(target);
                return HerokuResults.Json(body);
            }));
        api.MapPost("/apps/{app}/acm", (HerokuSimulator sim, string app) => Acm(sim, app, (w, a) => w.SetAcm(a, true)));
        api.MapDelete("/apps/{app}/acm", (HerokuSimulator sim, string app) => Acm(sim, app, (w, a) => w.SetAcm(a, false)));
        api.MapPatch("/apps/{app}/acm", (HerokuSimulator sim, string app) => Acm(sim, app, (w, a) => w.RefreshAcm(a)));

        api.MapPost("/teams/apps", async (HttpContext http, HerokuSimulator sim) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            return sim.Run(w =>
            {
                var team = body.String("team") is { } name ? w.TeamNamed(name) : w.Team;
                var space = body.String("space") is { } spaceName ? w.Space(spaceName) : null;
                if (space is not null && space.Team != team)
                    throw HerokuApiException.InvalidParams($"Space {space.Name} belongs to team {space.Team.Name}, not {team.Name}.");
                var app = w.CreateApp(body.String("name"), team, space, body.String("region"), body.String("stack"),
                    body.Bool("internal_routing"), body.Bool("locked") ?? false);
                return HerokuResults.Created(AppViews.TeamApp(app));
            });
        });
        api.MapGet("/teams/apps/{app}", (HerokuSimulator sim, string app) =>
            sim.Run(w => HerokuResults.Json(AppViews.TeamApp(TeamApp(w, app)))));
        api.MapPatch("/teams/apps/{app}", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            return sim.Run(w =>
            {
                var target = TeamApp(w, app);
                if (body.Bool("locked") is { } locked)
                    target.Locked = locked;
                if (body.Has("owner"))
                    throw HerokuApiException.InvalidParams("Transferring apps is not simulated.");
                return HerokuResults.Json(AppViews.TeamApp(target));
            });
        });

        api.MapGet("/apps/{app}/features", (HttpContext http, HerokuSimulator sim, string app) =>
            sim.Run(w =>
            {
                var target = w.App(app);
                return Pager.Page(http, w.Catalog.AppFeatures, f => AppViews.Feature(target, f), ("id", f => f.Id.ToString()), ("name", f => f.Name));
            }));
        api.MapGet("/apps/{app}/features/{feature}", (HerokuSimulator sim, string app, string feature) =>
            sim.Run(w => HerokuResults.Json(AppViews.Feature(w.App(app), Feature(w, feature)))));
        api.MapPatch("/apps/{app}/features/{feature}", async (HttpContext http, HerokuSimulator sim, string app, string feature) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var enabled = body.Bool("enabled") ?? throw HerokuApiException.InvalidParams("Missing required param: enabled.");
            return sim.Run(w =>
            {
                var target = w.App(app);
                var definition = Feature(w, feature);
                w.SetFeature(target, definition, enabled);
                return HerokuResults.Json(AppViews.Feature(target, definition));
            });
        });
    }

    private static IResult Acm(HerokuSimulator sim, string app, Action<SimWorld, SimApp> change) =>
        sim.Run(w =>
        {
            var target = w.App(app);
            change(w, target);
            return HerokuResults.Json(AppViews.App(target));
        });

    private static SimApp TeamApp(SimWorld world, string identity) =>
        world.App(identity) is { Team: not null } app ? app : throw HerokuApiException.NotFound("app");

    private static SimFeatureDefinition Feature(SimWorld world, string identity) =>
        world.Catalog.FindFeature(identity) ?? throw HerokuApiException.NotFound("feature");
}
