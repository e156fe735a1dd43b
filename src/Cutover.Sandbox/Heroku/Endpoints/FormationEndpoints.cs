namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>Formation: list, info, batch and single updates with sizes checked against the app's runtime.</summary>
internal static class FormationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/apps/{app}/formation", (HttpContext http, HerokuSimulator sim, string app) =>
            sim.Run(w =>
            {
                var target = w.App(app);
                return Pager.Page(http, target.Formation, f => FormationViews.Formation(target, f), ("id", f => f.Id.ToString()), ("type", f => f.Type));
            }));
        api.MapGet("/apps/{app}/formation/{type}", (HerokuSimulator sim, string app, string type) =>
            sim.Run(w =>
            {
                var target = w.App(app);
                var formation = target.Formation.FirstOrDefault(f => SimCatalog.Matches(f.Id, f.Type, type)) ?? throw HerokuApiException.NotFound("formation");
                return HerokuResults.Json(FormationViews.Formation(target, formation));
            }));
        api.MapPatch("/apps/{app}/formation", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var updates = (body.Array("updates") ?? throw HerokuApiException.InvalidParams("Missing required param: updates."))
                .Select((node, i) => node is JsonObject item
                    ? Update(new RequestBody(item), new RequestBody(item).RequiredString("type"))
                    : throw HerokuApiException.InvalidParams($"updates[{i}] must be an object with a type."))
                .ToList();
            return sim.Run(w =>
            {
                var target = w.App(app);
                var updated = w.UpdateFormation(target, updates);
                return HerokuResults.Json(new JsonArray([.. updated.Select(f => (JsonNode)FormationViews.Formation(target, f))]));
            });
        });
        api.MapPatch("/apps/{app}/formation/{type}", async (HttpContext http, HerokuSimulator sim, string app, string type) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var update = Update(body, type);
            return sim.Run(w =>
            {
                var target = w.App(app);
                var updated = w.UpdateFormation(target, [update]);
                return HerokuResults.Json(FormationViews.Formation(target, updated[0]));
            });
        });
    }

    /// <summary>Reads <c>quantity</c> (a number, or digits as the CLI sends them) and <c>dyno_size</c> (or the deprecated <c>size</c> string the CLI still sends).</summary>
    private static FormationUpdate Update(RequestBody item, string type) =>
        new(type, item.IntOrDigits("quantity"), item.Identity("dyno_size") ?? item.String("size"));
}
