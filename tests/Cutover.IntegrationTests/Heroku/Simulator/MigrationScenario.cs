namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>
/// The whole runbook against the simulator, as the bot would call it (<see href="https://devcenter.heroku.com/articles/migrating-apps-from-the-common-runtime-to-a-private-space">Heroku's migration guide</see>): plan,
/// create the app in the space, copy config and slug, provision add-ons and a follower, scale, maintenance,
/// unfollow and promote, fork Redis, move domains, go live, watch logs, decommission. Asserts as it goes.
/// </summary>
public static class MigrationScenario
{
    public const string Source = "demo-app";
    public const string Target = "demo-app-ps";

    public static async Task RunAsync(SimulatorHost host, HttpClient heroku)
    {
        // 0. Preflight: read everything about the source, the target space and the catalogue.
        await Ok(heroku.GetJsonAsync($"apps/{Source}"));
        var newest = await heroku.GetJsonAsync($"apps/{Source}/releases", "version ..; max=1, order=desc");
        Assert.Equal(HttpStatusCode.PartialContent, newest.Status);
        var slugId = (string)newest.Body![0]!["slug"]!["id"]!;
        await Ok(heroku.GetJsonAsync($"apps/{Source}/releases/{(string)newest.Body[0]!["id"]!}"));
        await Ok(heroku.GetJsonAsync($"apps/{Source}/slugs/{slugId}"));
        await Ok(heroku.GetJsonAsync($"apps/{Source}/formation"));
        var addons = (await Ok(heroku.GetJsonAsync($"apps/{Source}/addons"))).AsArray();
        var leader = addons.Single(a => (string)a!["addon_service"]!["name"]! == "heroku-postgresql")!;
        var redis = addons.Single(a => (string)a!["addon_service"]!["name"]! == "heroku-redis")!;
        await Ok(heroku.GetJsonAsync($"apps/{Source}/addons/{(string)leader["name"]!}"));
        var attachments = (await Ok(heroku.GetJsonAsync($"apps/{Source}/addon-attachments"))).AsArray();
        await Ok(heroku.GetJsonAsync($"apps/{Source}/addon-attachments/{(string)attachments[0]!["name"]!}"));
        await Ok(heroku.GetJsonAsync($"addon-attachments/{(string)attachments[0]!["id"]!}"));
        await Ok(heroku.GetJsonAsync($"addons/{(string)leader["id"]!}/addon-attachments"));
        var config = (await Ok(heroku.GetJsonAsync($"apps/{Source}/config-vars"))).AsObject();
        await Ok(heroku.GetJsonAsync($"apps/{Source}/domains"));
        await Ok(heroku.GetJsonAsync($"apps/{Source}/domains/www.demo-app.example.com"));
        await Ok(heroku.GetJsonAsync($"apps/{Source}/buildpack-installations"));
        var features = (await Ok(heroku.GetJsonAsync($"apps/{Source}/features"))).AsArray();
        await Ok(heroku.GetJsonAsync($"apps/{Source}/features/log-runtime-metrics"));
        await Ok(heroku.GetJsonAsync($"apps/{Source}/dynos"));
        await Ok(heroku.GetJsonAsync($"apps/{Source}/sni-endpoints"));
        var space = await Ok(heroku.GetJsonAsync("spaces/demo-space"));
        Assert.Equal("allocated", (string)space["state"]!);
        await Ok(heroku.GetJsonAsync("spaces/demo-space/nat"));
        await Ok(heroku.GetJsonAsync("spaces"));
        foreach (var service in new[] { "heroku-postgresql", "heroku-redis", "fixie", "papertrail" })
        {
            await Ok(heroku.GetJsonAsync($"addon-services/{service}"));
            await Ok(heroku.GetJsonAsync($"addon-services/{service}/plans"));
            await Ok(heroku.GetJsonAsync($"addon-services/{service}/region-capabilities"));
        }

        await Ok(heroku.GetJsonAsync("addon-services/heroku-postgresql/plans/private-0"));
        await Ok(heroku.GetJsonAsync("dyno-sizes"));
        await Ok(heroku.GetJsonAsync("dyno-sizes/Private-S"));
        await Ok(heroku.GetJsonAsync("account/rate-limits"));
        await Ok(heroku.GetJsonAsync("teams/acme"));
        await Ok(heroku.GetJsonAsync("stacks"));

        // 1. Maintenance page on the source.
        await Ok(heroku.PatchJsonAsync($"apps/{Source}/config-vars", new Dictionary<string, string> { ["MAINTENANCE_PAGE_URL"] = "https://status.example.com/maintenance" }));

        // 3. Create the target app in the space with the same stack, buildpacks and labs features.
        var created = await heroku.PostJsonAsync("teams/apps", new { name = Target, team = "acme", space = "demo-space", stack = "heroku-24", internal_routing = false });
        Assert.Equal(HttpStatusCode.Created, created.Status);
        await Ok(heroku.GetJsonAsync($"teams/apps/{Target}"));
        await Ok(heroku.PutJsonAsync($"apps/{Target}/buildpack-installations", new { updates = new[] { new { buildpack = "heroku/dotnet" } } }));
        foreach (var feature in features.Where(f => (bool)f!["enabled"]!))
            await Ok(heroku.PatchJsonAsync($"apps/{Target}/features/{(string)feature!["name"]!}", new { enabled = true }));

        // 4. Copy config vars no attachment owns.
        var owned = attachments.SelectMany(a => Owned((string)a!["name"]!)).ToHashSet();
        var copy = config.Where(p => !owned.Contains(p.Key) && p.Key != "MAINTENANCE_PAGE_URL").ToDictionary(p => p.Key, p => (string?)p.Value);
        var patched = await Ok(heroku.PatchJsonAsync($"apps/{Target}/config-vars", copy));
        Assert.Equal(copy.Count, patched.AsObject().Count);

        // 5. Copy the slug; the release is pending, then succeeds.
        var release = await heroku.PostJsonAsync($"apps/{Target}/releases", new { slug = slugId, description = "Copied from demo-app" });
        Assert.Equal(HttpStatusCode.Created, release.Status);
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var released = await Ok(heroku.GetJsonAsync($"apps/{Target}/releases/{(string)release.Body!["id"]!}"));
        Assert.Equal("succeeded", (string)released["status"]!);
        await Ok(heroku.GetJsonAsync($"apps/{Target}/releases"));

        // 6. Add-ons in the space: a Postgres follower under a temporary name, a log add-on.
        var follower = await heroku.PostJsonAsync($"apps/{Target}/addons", new
        {
            plan = "heroku-postgresql:private-0",
            config = new Dictionary<string, string> { ["follow"] = (string)leader["name"]! },
            attachment = new { name = "DATABASE_FOLLOWER" },
        });
        Assert.Equal(HttpStatusCode.Created, follower.Status);
        var followerId = (string)follower.Body!["id"]!;
        await Ok(heroku.PostJsonAsync($"apps/{Target}/addons", new { plan = "papertrail:choklad" }));
        host.Clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal("provisioned", (string)(await Ok(heroku.GetJsonAsync($"apps/{Target}/addons/{followerId}")))["state"]!);

        // 7. Scale with Private sizes.
        var formation = await Ok(heroku.PatchJsonAsync($"apps/{Target}/formation", new
        {
            updates = new object[] { new { type = "web", quantity = 2, dyno_size = new { name = "Private-S" } }, new { type = "worker", quantity = 1, dyno_size = new { name = "Private-S" } } },
        }));
        Assert.Equal(2, formation.AsArray().Count);
        await Ok(heroku.PatchJsonAsync($"apps/{Target}/formation/worker", new { quantity = 1 }));
        await Ok(heroku.GetJsonAsync($"apps/{Target}/formation/web"));

        // 8. Cutover: source into maintenance, writers stopped.
        Assert.True((bool)(await Ok(heroku.PatchJsonAsync($"apps/{Source}", new { maintenance = true })))["maintenance"]!);
        await Ok(heroku.PatchJsonAsync($"apps/{Source}/formation", new { updates = new[] { new { type = "worker", quantity = 0 } } }));

        // 9. Data: wait for lag 0, unfollow, promote to DATABASE; fork Redis.
        host.Clock.Advance(TimeSpan.FromMinutes(15));
        var status = await heroku.GetJsonAsync($"client/v11/databases/{followerId}/wait_status");
        Assert.False((bool)status.Body!["waiting?"]!);
        var info = await heroku.GetJsonAsync($"client/v11/databases/{followerId}");
        Assert.Contains(info.Body!["info"]!.AsArray(), row => (string)row!["name"]! == "Behind By" && (string)row["values"]![0]! == "0 commits");
        Assert.Equal(HttpStatusCode.OK, (await heroku.PutJsonAsync($"client/v11/databases/{followerId}/unfollow")).Status);
        var promoted = await heroku.PostJsonAsync("addon-attachments", new { addon = followerId, app = Target, name = "DATABASE", @namespace = (string?)null, confirm = Target });
        Assert.Equal(HttpStatusCode.Created, promoted.Status);
        var forked = await heroku.PostJsonAsync($"apps/{Target}/addons", new { plan = "heroku-redis:private-7", config = new Dictionary<string, string> { ["fork"] = (string)redis["name"]! } });
        Assert.Equal(HttpStatusCode.Created, forked.Status);
        host.Clock.Advance(TimeSpan.FromMinutes(3));
        Assert.False((bool)(await heroku.GetJsonAsync($"redis/v0/databases/{(string)forked.Body!["name"]!}/wait")).Body!["waiting?"]!);
        var targetConfig = await Ok(heroku.GetJsonAsync($"apps/{Target}/config-vars"));
        Assert.NotNull(targetConfig["DATABASE_URL"]);
        Assert.NotNull(targetConfig["REDIS_URL"]);

        // 10. Domains move; ACM on the target.
        foreach (var hostname in new[] { "www.demo-app.example.com", "api.demo-app.example.com" })
        {
            await Ok(heroku.DeleteJsonAsync($"apps/{Source}/domains/{hostname}"));
            var added = await heroku.PostJsonAsync($"apps/{Target}/domains", new { hostname, sni_endpoint = (string?)null });
            Assert.Equal(HttpStatusCode.Created, added.Status);
            Assert.EndsWith(".herokudns.com", (string)added.Body!["cname"]!, StringComparison.Ordinal);
        }

        Assert.True((bool)(await Ok(heroku.PostJsonAsync($"apps/{Target}/acm")))["acm"]!);

        // 12. Go live: maintenance off on the target, dynos up.
        await Ok(heroku.PatchJsonAsync($"apps/{Target}", new { maintenance = false }));
        host.Clock.Advance(TimeSpan.FromMinutes(1));
        var dynos = (await Ok(heroku.GetJsonAsync($"apps/{Target}/dynos"))).AsArray();
        Assert.All(dynos, d => Assert.Equal("up", (string)d!["state"]!));
        await Ok(heroku.GetJsonAsync($"apps/{Target}/dynos/web.1"));
        await Ok(heroku.GetJsonAsync($"apps/{Target}/domains"));
        await Ok(heroku.GetJsonAsync($"apps/{Target}"));

        // 13. Monitor: a log session.
        var session = await heroku.PostJsonAsync($"apps/{Target}/log-sessions", new { lines = 20, source = "heroku" });
        Assert.Equal(HttpStatusCode.Created, session.Status);

        // 15. Decommission: the source app goes once its data add-ons are accounted for.
        await Ok(heroku.GetJsonAsync($"apps/{Source}/addon-attachments"));
        await Ok(heroku.GetJsonAsync("apps", "name ..; max=10"));
        await Ok(heroku.DeleteJsonAsync($"apps/{Source}"));
    }

    /// <summary>The config vars an attachment name owns for the services the seed gives demo-app.</summary>
    private static IEnumerable<string> Owned(string attachment) => [attachment + "_URL", attachment + "_API_TOKEN"];

    private static async Task<JsonNode> Ok(Task<(HttpStatusCode Status, JsonNode? Body, HttpResponseMessage Response)> call)
    {
        var (status, body, response) = await call;
        Assert.True(status is HttpStatusCode.OK or HttpStatusCode.Created or HttpStatusCode.Accepted or HttpStatusCode.PartialContent,
            $"{response.RequestMessage!.Method} {response.RequestMessage.RequestUri}: {(int)status} {body?.ToJsonString()}");
        return body!;
    }
}
