namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>Builds from a source tarball, buildpack installations and stacks.</summary>
internal static class BuildEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapPost("/apps/{app}/builds", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var source = new RequestBody(body.Object("source_blob") ?? throw HerokuApiException.InvalidParams("Missing required param: source_blob."));
            var url = source.RequiredString("url");
            var buildpacks = body.Array("buildpacks")?.Select(b => b is JsonObject o
                    ? new RequestBody(o).String("url") ?? new RequestBody(o).String("name") ?? throw HerokuApiException.InvalidParams("Each buildpack needs a url or a name.")
                    : throw HerokuApiException.InvalidParams("Invalid type for buildpacks: expected objects with url or name."))
                .ToList();
            return sim.Run(w =>
            {
                var target = w.App(app);
                var build = w.CreateBuild(target, url, source.String("version"), source.String("checksum"), source.String("version_description"), buildpacks);
                return HerokuResults.Created(ReleaseViews.Build(build, SimulatorUrls.Base(http, app)));
            });
        });
        api.MapGet("/apps/{app}/builds", (HttpContext http, HerokuSimulator sim, string app) =>
            sim.Run(w =>
            {
                var baseUrl = SimulatorUrls.Base(http, app);
                return Pager.Page(http, w.App(app).Builds, b => ReleaseViews.Build(b, baseUrl), ("id", b => b.Id.ToString()), ("created_at", b => Json.Time(b.CreatedAt)));
            }));
        api.MapGet("/apps/{app}/builds/{build}", (HttpContext http, HerokuSimulator sim, string app, string build) =>
            sim.Run(w =>
            {
                var found = w.App(app).Builds.FirstOrDefault(b => Guid.TryParse(build, out var id) && b.Id == id) ?? throw HerokuApiException.NotFound("build");
                return HerokuResults.Json(ReleaseViews.Build(found, SimulatorUrls.Base(http, app)));
            }));

        api.MapGet("/apps/{app}/buildpack-installations", (HerokuSimulator sim, string app) =>
            sim.Run(w => HerokuResults.Json(Installations(w.App(app).Buildpacks))));
        api.MapPut("/apps/{app}/buildpack-installations", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var updates = body.Array("updates") ?? throw HerokuApiException.InvalidParams("Missing required param: updates.");
            var buildpacks = updates.Select(u => u is JsonObject o
                    ? new RequestBody(o).RequiredString("buildpack")
                    : throw HerokuApiException.InvalidParams("Invalid type for updates: expected objects with a buildpack."))
                .ToList();
            return sim.Run(w =>
            {
                var target = w.App(app);
                target.Buildpacks.Clear();
                target.Buildpacks.AddRange(buildpacks);
                target.UpdatedAt = w.Now;
                return HerokuResults.Json(Installations(target.Buildpacks));
            });
        });
    }

    private static JsonArray Installations(IReadOnlyList<string> buildpacks) =>
        new([.. buildpacks.Select((b, i) => (JsonNode)ReleaseViews.BuildpackInstallation(b, i))]);
}
