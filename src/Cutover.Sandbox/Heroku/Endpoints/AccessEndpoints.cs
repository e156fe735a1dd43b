namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>
/// What the CLI's everyday read commands need beyond apps themselves: the user's apps (<c>heroku apps</c>),
/// account features (<c>labs</c>), team members, permissions and features (<c>access</c>; the team has
/// <c>org-access-controls</c>, so <c>access:add</c> asks for permissions).
/// </summary>
internal static class AccessEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        // Apps the user owns or collaborates on: the account is an admin of its team, so every app.
        api.MapGet("/users/{user}/apps", (HttpContext http, HerokuSimulator sim, string user) =>
            sim.Run(w =>
            {
                if (user != "~" && !SimCatalog.Matches(w.Account.Id, w.Account.Email, user))
                    throw HerokuApiException.NotFound("user");
                return Pager.Page(http, w.Apps, AppViews.App, ("id", a => a.Id.ToString()), ("name", a => a.Name), ("updated_at", a => Json.Time(a.UpdatedAt)));
            }));
        api.MapGet("/account/features", (HttpContext http, HerokuSimulator sim) =>
            sim.Run(w => Pager.Page(http, w.Catalog.AccountFeatures, f => AccountFeature(w, f), ("id", f => f.Id.ToString()), ("name", f => f.Name))));
        api.MapGet("/account/features/{feature}", (HerokuSimulator sim, string feature) =>
            sim.Run(w => HerokuResults.Json(AccountFeature(w, w.Catalog.FindAccountFeature(feature) ?? throw HerokuApiException.NotFound("account feature")))));
        api.MapGet("/teams/{team}/members", (HttpContext http, HerokuSimulator sim, string team) =>
            sim.Run(w =>
            {
                var owner = w.TeamNamed(team);
                return Pager.Page(http, [w.Account], a => AccessViews.Member(owner, a), ("email", a => a.Email), ("id", a => a.Id.ToString()));
            }));
        api.MapGet("/teams/permissions", (HerokuSimulator sim) =>
            sim.Run(_ => HerokuResults.Json(new JsonArray([.. AccessViews.Permissions.Select(p => (JsonNode)AccessViews.Permission(p))]))));
        api.MapGet("/teams/{team}/features", (HttpContext http, HerokuSimulator sim, string team) =>
            sim.Run(w =>
            {
                var owner = w.TeamNamed(team);
                return Pager.Page(http, [AccessViews.OrgAccessControls(owner)], f => f, ("id", f => (string)f["id"]!), ("name", f => (string)f["name"]!));
            }));
    }

    private static JsonObject AccountFeature(SimWorld world, SimFeatureDefinition feature) =>
        AppViews.Feature(feature, world.Account.Features.Contains(feature.Name), world.Account.CreatedAt);
}
