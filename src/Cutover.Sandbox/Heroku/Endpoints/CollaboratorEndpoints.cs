namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>
/// Who has access to an app: <c>/apps/{app}/collaborators</c> (the CLI's <c>access</c>; the account shows as the
/// team's admin) and, on team apps, <c>/teams/apps/{app}/collaborators</c> with permissions (<c>access:add -p</c>,
/// <c>access:update</c>). Only users the simulator knows (the seed's <c>users</c> and collaborators) can be added.
/// </summary>
internal static class CollaboratorEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        foreach (var prefix in new[] { "/apps", "/teams/apps" })
        {
            var team = prefix == "/teams/apps";
            api.MapGet(prefix + "/{app}/collaborators", (HttpContext http, HerokuSimulator sim, string app) =>
                sim.Run(w => Pager.Page(http, Everyone(w, TeamOnly(w.App(app), team)), p => p, ("id", p => (string)p["id"]!), ("email", p => (string)p["user"]!["email"]!))));
            api.MapGet(prefix + "/{app}/collaborators/{collaborator}", (HerokuSimulator sim, string app, string collaborator) =>
                sim.Run(w =>
                {
                    var target = TeamOnly(w.App(app), team);
                    return HerokuResults.Json(SimCatalog.Matches(w.Account.Id, w.Account.Email, collaborator)
                        ? AccessViews.Collaborator(target, w.Account)
                        : AccessViews.Collaborator(target, SimWorld.Collaborator(target, collaborator)));
                }));
            api.MapPost(prefix + "/{app}/collaborators", async (HttpContext http, HerokuSimulator sim, string app) =>
            {
                var body = await RequestBody.ReadAsync(http.Request);
                var (user, permissions) = (body.Identity("user") ?? throw HerokuApiException.InvalidParams("Missing required param: user."), body.Strings("permissions"));
                _ = body.Bool("silent");
                return sim.Run(w =>
                {
                    var target = TeamOnly(w.App(app), team);
                    return HerokuResults.Created(AccessViews.Collaborator(target, w.AddCollaborator(target, user, team ? permissions : null)));
                });
            });
            api.MapDelete(prefix + "/{app}/collaborators/{collaborator}", (HerokuSimulator sim, string app, string collaborator) =>
                sim.Run(w =>
                {
                    var target = TeamOnly(w.App(app), team);
                    var found = SimWorld.Collaborator(target, collaborator);
                    target.Collaborators.Remove(found);
                    return HerokuResults.Json(AccessViews.Collaborator(target, found));
                }));
        }

        api.MapPatch("/teams/apps/{app}/collaborators/{collaborator}", async (HttpContext http, HerokuSimulator sim, string app, string collaborator) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var permissions = body.Strings("permissions") ?? throw HerokuApiException.InvalidParams("Missing required param: permissions.");
            return sim.Run(w =>
            {
                var target = TeamOnly(w.App(app), team: true);
                var found = SimWorld.Collaborator(target, collaborator);
                w.UpdateCollaborator(target, found, permissions);
                return HerokuResults.Json(AccessViews.Collaborator(target, found));
            });
        });
    }

    /// <summary>The account (admin of the team, or owner) first, then everyone given access.</summary>
    private static IEnumerable<JsonObject> Everyone(SimWorld world, SimApp app) =>
        [AccessViews.Collaborator(app, world.Account), .. app.Collaborators.Select(c => AccessViews.Collaborator(app, c))];

    private static SimApp TeamOnly(SimApp app, bool team) =>
        !team || app.Team is not null ? app : throw HerokuApiException.NotFound("team app");
}
