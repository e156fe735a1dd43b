namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>Spaces and their NAT.</summary>
internal static class SpaceEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/spaces", (HttpContext http, HerokuSimulator sim) =>
            sim.Run(w => Pager.Page(http, w.Spaces, s => SpaceViews.Space(s, w.Now), ("id", s => s.Id.ToString()), ("name", s => s.Name))));
        api.MapGet("/spaces/{space}", (HerokuSimulator sim, string space) =>
            sim.Run(w => HerokuResults.Json(SpaceViews.Space(w.Space(space), w.Now))));
        api.MapGet("/spaces/{space}/nat", (HerokuSimulator sim, string space) =>
            sim.Run(w => HerokuResults.Json(SpaceViews.Nat(w.Space(space), w.Now))));
    }
}
