namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>Releases (ranged by version), release creation from a slug, rollback, and slugs.</summary>
internal static class ReleaseEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/apps/{app}/releases", (HttpContext http, HerokuSimulator sim, string app) =>
            sim.Run(w =>
            {
                var baseUrl = SimulatorUrls.Base(http, app);
                return Pager.Page(http, w.App(app).Releases, r => ReleaseViews.Release(r, baseUrl), ("version", r => (long)r.Version), ("id", r => r.Id.ToString()));
            }));
        api.MapGet("/apps/{app}/releases/{release}", (HttpContext http, HerokuSimulator sim, string app, string release) =>
            sim.Run(w => HerokuResults.Json(ReleaseViews.Release(w.App(app).Release(release), SimulatorUrls.Base(http, app)))));
        api.MapGet("/apps/{app}/releases/{release}/config-vars", (HerokuSimulator sim, string app, string release) =>
            sim.Run(w => HerokuResults.Json(ConfigVarEndpoints.Render(w.App(app).Release(release).Config))));
        api.MapPost("/apps/{app}/releases", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            return sim.Run(w =>
            {
                var target = w.App(app);
                var release = body.Has("release") ? Rollback(w, target, body.RequiredString("release")) : Deploy(w, target, body);
                return HerokuResults.Created(ReleaseViews.Release(release, SimulatorUrls.Base(http, app)));
            });
        });
        api.MapGet("/apps/{app}/slugs/{slug}", (HerokuSimulator sim, string app, string slug) =>
            sim.Run(w =>
            {
                _ = w.App(app);
                return HerokuResults.Json(ReleaseViews.Slug(w.Slug(slug)));
            }));
        api.MapPost("/apps/{app}/slugs", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            return sim.Run(w =>
            {
                var target = w.App(app);
                var processTypes = body.Object("process_types") ?? throw HerokuApiException.InvalidParams("Missing required param: process_types.");
                var types = processTypes.ToDictionary(p => p.Key,
                    p => RequestBody.IdentityOf(p.Value, $"process_types.{p.Key}") ?? throw HerokuApiException.InvalidParams($"process_types.{p.Key} must be a command."));
                var stack = body.String("stack") is { } name ? w.Catalog.FindStack(name) ?? throw HerokuApiException.NotFound("stack") : target.Stack;
                var slug = w.CreateSlug(target, types, stack, body.String("commit"), body.String("commit_description"),
                    body.String("buildpack_provided_description"), null, w.Now);
                return HerokuResults.Created(ReleaseViews.Slug(slug));
            });
        });
    }

    /// <summary>Copies a slug onto the app (any slug in the account); it must be built for the app's stack.</summary>
    private static SimRelease Deploy(SimWorld world, SimApp app, RequestBody body)
    {
        var slug = world.Slug(body.RequiredString("slug"));
        if (body.Has("oci_image"))
            throw HerokuApiException.InvalidParams("oci_image releases are for Fir apps built from OCI images, which the simulator does not run.");
        if (slug.Stack != app.Stack)
        {
            throw HerokuApiException.InvalidParams(
                $"Slug {Json.Id(slug.Id)} was built for {slug.Stack.Name}, but {app.Name} runs on {app.Stack.Name}. Build for {app.Stack.Name} or change the app's stack.");
        }

        var description = body.String("description") ?? $"Deploy {(slug.Commit is { Length: >= 7 } commit ? commit[..7] : Json.Id(slug.Id)[..8])}";
        return world.CreateRelease(app, description, slug, deploy: true);
    }

    /// <summary>Rolls back to an earlier release: its code, and its config vars except those add-ons own.</summary>
    private static SimRelease Rollback(SimWorld world, SimApp app, string identity)
    {
        var target = app.Release(identity);
        if (target.Slug is null || target.Status != SimRelease.Succeeded)
            throw HerokuApiException.InvalidParams($"Release v{target.Version} cannot be rolled back to: it has no slug or did not succeed.");
        var owned = world.OwnedConfigVars(app);
        foreach (var key in app.Config.Keys.Where(k => !owned.Contains(k)).ToList())
            app.Config.Remove(key);
        foreach (var (key, value) in target.Config.Where(p => !owned.Contains(p.Key)))
            app.Config[key] = value;
        return world.CreateRelease(app, $"Rollback to v{target.Version}", target.Slug, deploy: true);
    }
}
