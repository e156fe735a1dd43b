namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>
/// What the CLI's everyday read commands need beyond apps themselves: the user's apps (<c>heroku apps</c>),
/// account features (<c>labs</c>), collaborators, team members and permissions (<c>access</c>), log drains (<c>drains</c>).
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
        api.MapGet("/apps/{app}/collaborators", (HttpContext http, HerokuSimulator sim, string app) =>
            sim.Run(w =>
            {
                var target = w.App(app);
                return Pager.Page(http, [w.Account], a => AccessViews.Collaborator(target, a), ("id", a => a.Id.ToString()), ("email", a => a.Email));
            }));
        api.MapGet("/teams/{team}/members", (HttpContext http, HerokuSimulator sim, string team) =>
            sim.Run(w =>
            {
                var owner = w.TeamNamed(team);
                return Pager.Page(http, [w.Account], a => AccessViews.Member(owner, a), ("email", a => a.Email), ("id", a => a.Id.ToString()));
            }));
        api.MapGet("/teams/permissions", (HerokuSimulator sim) =>
            sim.Run(_ => HerokuResults.Json(new JsonArray([.. AccessViews.Permissions.Select(p => (JsonNode)AccessViews.Permission(p))]))));
        api.MapGet("/apps/{app}/log-drains", (HttpContext http, HerokuSimulator sim, string app) =>
            sim.Run(w => Pager.Page(http, Drains(w, w.App(app)), d => d, ("id", d => (string)d["id"]!), ("url", d => (string)d["url"]!))));
    }

    /// <summary>Drains of the app's logging add-ons (a drain the CLI lists under "Add-on Drains").</summary>
    private static IEnumerable<JsonObject> Drains(SimWorld world, SimApp app) =>
        world.AttachmentsOf(app)
            .Where(t => t.Addon.Service.LogDrain is not null && t.Addon.State == SimAddon.Provisioned)
            .DistinctBy(t => t.Addon)
            .Select(t => AccessViews.AddonDrain(t, t.Addon.Service.LogDrain!));

    private static JsonObject AccountFeature(SimWorld world, SimFeatureDefinition feature) =>
        AppViews.Feature(feature, world.Account.Features.Contains(feature.Name), world.Account.CreatedAt);
}
