namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>
/// Pipelines and couplings, as the CLI's <c>pipelines:*</c> commands and <c>apps:info</c> use them: a pipeline by id
/// or name (or <c>GET /pipelines?eq[name]=…</c>), an app's coupling (404 when it is in no pipeline), and the
/// <c>POST /filters/apps</c> lookup <c>pipelines:info</c> makes for the coupled apps.
/// </summary>
internal static class PipelineEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/pipelines", (HttpContext http, HerokuSimulator sim) =>
            sim.Run(w =>
            {
                var name = http.Request.Query["eq[name]"].ToString();
                var found = name.Length == 0 ? w.Pipelines : w.Pipelines.Where(p => p.Name == name);
                return Pager.Page(http, found, IntegrationViews.Pipeline, ("id", p => p.Id.ToString()), ("name", p => p.Name));
            }));
        api.MapGet("/pipelines/{pipeline}", (HerokuSimulator sim, string pipeline) =>
            sim.Run(w => HerokuResults.Json(IntegrationViews.Pipeline(w.Pipeline(pipeline)))));
        api.MapPost("/pipelines", async (HttpContext http, HerokuSimulator sim) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var (name, generation) = (body.RequiredString("name"), body.Identity("generation"));
            return sim.Run(w => HerokuResults.Created(IntegrationViews.Pipeline(w.CreatePipeline(name, generation))));
        });
        api.MapPatch("/pipelines/{pipeline}", async (HttpContext http, HerokuSimulator sim, string pipeline) =>
        {
            var name = (await RequestBody.ReadAsync(http.Request)).RequiredString("name");
            return sim.Run(w =>
            {
                var found = w.Pipeline(pipeline);
                if (name != found.Name && w.Pipelines.Any(p => p.Name == name))
                    throw HerokuApiException.InvalidParams($"Name {name} is already taken.");
                (found.Name, found.UpdatedAt) = (name, w.Now);
                return HerokuResults.Json(IntegrationViews.Pipeline(found));
            });
        });
        api.MapDelete("/pipelines/{pipeline}", (HerokuSimulator sim, string pipeline) =>
            sim.Run(w =>
            {
                var found = w.Pipeline(pipeline);
                w.DeletePipeline(found);
                return HerokuResults.Json(IntegrationViews.Pipeline(found));
            }));

        api.MapGet("/pipelines/{pipeline}/pipeline-couplings", (HttpContext http, HerokuSimulator sim, string pipeline) =>
            sim.Run(w =>
            {
                var found = w.Pipeline(pipeline);
                return Pager.Page(http, w.Couplings.Where(c => c.Pipeline == found), IntegrationViews.Coupling, ("id", c => c.Id.ToString()));
            }));
        api.MapGet("/pipeline-couplings", (HttpContext http, HerokuSimulator sim) =>
            sim.Run(w => Pager.Page(http, w.Couplings, IntegrationViews.Coupling, ("id", c => c.Id.ToString()))));
        api.MapGet("/pipeline-couplings/{coupling}", (HerokuSimulator sim, string coupling) =>
            sim.Run(w => HerokuResults.Json(IntegrationViews.Coupling(w.Coupling(coupling)))));
        api.MapGet("/apps/{app}/pipeline-couplings", (HerokuSimulator sim, string app) =>
            sim.Run(w => HerokuResults.Json(IntegrationViews.Coupling(w.CouplingOf(w.App(app))))));
        api.MapPost("/pipeline-couplings", async (HttpContext http, HerokuSimulator sim) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var app = body.Identity("app") ?? throw HerokuApiException.InvalidParams("Missing required param: app.");
            var pipeline = body.Identity("pipeline") ?? throw HerokuApiException.InvalidParams("Missing required param: pipeline.");
            var stage = body.RequiredString("stage");
            return sim.Run(w => HerokuResults.Created(IntegrationViews.Coupling(w.Couple(w.App(app), w.Pipeline(pipeline), stage))));
        });
        api.MapPatch("/pipeline-couplings/{coupling}", async (HttpContext http, HerokuSimulator sim, string coupling) =>
        {
            var stage = (await RequestBody.ReadAsync(http.Request)).RequiredString("stage");
            return sim.Run(w =>
            {
                var found = w.Coupling(coupling);
                w.MoveCoupling(found, stage);
                return HerokuResults.Json(IntegrationViews.Coupling(found));
            });
        });
        api.MapDelete("/pipeline-couplings/{coupling}", (HerokuSimulator sim, string coupling) =>
            sim.Run(w =>
            {
                var found = w.Coupling(coupling);
                w.Couplings.Remove(found);
                return HerokuResults.Json(IntegrationViews.Coupling(found));
            }));

        api.MapPost("/filters/apps", async (HttpContext http, HerokuSimulator sim) =>
        {
            var ids = (await RequestBody.ReadAsync(http.Request)).Object("in")?["id"] is JsonArray list
                ? list.Select(n => RequestBody.IdentityOf(n, "in.id")).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase)
                : throw HerokuApiException.InvalidParams("Missing required param: in.id.");
            return sim.Run(w => Pager.Page(http, w.Apps.Where(a => ids.Contains(a.Id.ToString())), AppViews.TeamApp,
                ("id", a => a.Id.ToString()), ("name", a => a.Name), ("updated_at", a => Json.Time(a.UpdatedAt))));
        });
    }
}
