namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>Account, rate limit, teams and generations.</summary>
internal static class AccountEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/account", (HerokuSimulator sim) =>
            sim.Run(w => HerokuResults.Json(AppViews.Account(w.Account, w.Team))));
        api.MapGet("/account/rate-limits", (HerokuSimulator sim) =>
                HerokuResults.Json(CatalogViews.RateLimit(sim.RateLimitRemaining)))
            .WithMetadata(HerokuEndpointMetadata.Free);
        api.MapGet("/teams", (HttpContext http, HerokuSimulator sim) =>
            sim.Run(w => Pager.Page(http, [w.Team], AppViews.Team, ("id", t => t.Id.ToString()), ("name", t => t.Name))));
        api.MapGet("/teams/{team}", (HerokuSimulator sim, string team) =>
            sim.Run(w => HerokuResults.Json(AppViews.Team(w.TeamNamed(team)))));
        api.MapGet("/teams/{team}/apps", (HttpContext http, HerokuSimulator sim, string team) =>
            sim.Run(w =>
            {
                var owner = w.TeamNamed(team);
                return Pager.Page(http, w.Apps.Where(a => a.Team == owner), AppViews.TeamApp, ("id", a => a.Id.ToString()), ("name", a => a.Name));
            }));
        api.MapGet("/teams/{team}/spaces", (HttpContext http, HerokuSimulator sim, string team) =>
            sim.Run(w =>
            {
                var owner = w.TeamNamed(team);
                return Pager.Page(http, w.Spaces.Where(s => s.Team == owner), s => SpaceViews.Space(s, w.Now), ("id", s => s.Id.ToString()), ("name", s => s.Name));
            }));
        api.MapGet("/teams/{team}/allowed-addon-services", (HerokuSimulator sim, string team) =>
            sim.Run(w =>
            {
                _ = w.TeamNamed(team);
                return HerokuResults.Json(new JsonArray());
            }));
        api.MapGet("/generations", (HttpContext http, HerokuSimulator sim) =>
            sim.Run(w => Pager.Page(http, w.Catalog.Generations, CatalogViews.Generation, ("id", g => g.Id.ToString()), ("name", g => g.Name))));
        api.MapGet("/generations/{generation}", (HerokuSimulator sim, string generation) =>
            sim.Run(w => HerokuResults.Json(CatalogViews.Generation(
                w.Catalog.Generations.FirstOrDefault(g => SimCatalog.Matches(g.Id, g.Name, generation)) ?? throw HerokuApiException.NotFound("generation")))));
        api.MapGet("/teams/{team}/available-generations", (HttpContext http, HerokuSimulator sim, string team) =>
            sim.Run(w =>
            {
                _ = w.TeamNamed(team);
                return Pager.Page(http, w.Catalog.Generations, CatalogViews.Generation, ("id", g => g.Id.ToString()), ("name", g => g.Name));
            }));
    }
}
