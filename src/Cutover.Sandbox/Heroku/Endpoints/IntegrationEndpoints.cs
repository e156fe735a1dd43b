namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>
/// An app's log drains (its add-ons' drains and those added with <c>drains:add</c>) and its webhooks. A webhook
/// created without a secret gets one, returned once in the <c>Heroku-Webhook-Secret</c> header as Heroku does.
/// </summary>
internal static class IntegrationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/apps/{app}/log-drains", (HttpContext http, HerokuSimulator sim, string app) =>
            sim.Run(w => Pager.Page(http, Drains(w, w.App(app)), d => d, ("id", d => (string)d["id"]!), ("url", d => (string)d["url"]!))));
        api.MapGet("/apps/{app}/log-drains/{drain}", (HerokuSimulator sim, string app, string drain) =>
            sim.Run(w =>
            {
                var target = w.App(app);
                var decoded = Uri.UnescapeDataString(drain);
                return HerokuResults.Json(Drains(w, target).FirstOrDefault(d => (string?)d["url"] == decoded || (string?)d["id"] == decoded || (string?)d["token"] == decoded)
                    ?? throw HerokuApiException.NotFound("log drain"));
            }));
        api.MapPost("/apps/{app}/log-drains", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var url = (await RequestBody.ReadAsync(http.Request)).RequiredString("url");
            return sim.Run(w =>
            {
                var target = w.App(app);
                return HerokuResults.Created(IntegrationViews.Drain(target, w.AddLogDrain(target, url)));
            });
        });
        MapRemove(api, "/apps/{app}/log-drains/{item}", SimWorld.LogDrain, a => a.LogDrains, IntegrationViews.Drain);

        api.MapGet("/apps/{app}/webhooks", (HttpContext http, HerokuSimulator sim, string app) =>
            sim.Run(w =>
            {
                var target = w.App(app);
                return Pager.Page(http, target.Webhooks, h => IntegrationViews.Webhook(target, h), ("id", h => h.Id.ToString()));
            }));
        api.MapGet("/apps/{app}/webhooks/{webhook}", (HerokuSimulator sim, string app, string webhook) =>
            sim.Run(w =>
            {
                var target = w.App(app);
                return HerokuResults.Json(IntegrationViews.Webhook(target, SimWorld.Webhook(target, webhook)));
            }));
        api.MapPost("/apps/{app}/webhooks", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var include = body.Strings("include") ?? throw HerokuApiException.InvalidParams("Missing required param: include.");
            var (level, url, secret, authorization) = (body.RequiredString("level"), body.RequiredString("url"), body.String("secret"), body.String("authorization"));
            return sim.Run(w =>
            {
                var target = w.App(app);
                var created = w.AddWebhook(target, include, level, url, secret, authorization);
                if (secret is null)
                    http.Response.Headers["Heroku-Webhook-Secret"] = created.Secret;
                return HerokuResults.Created(IntegrationViews.Webhook(target, created));
            });
        });
        api.MapPatch("/apps/{app}/webhooks/{webhook}", async (HttpContext http, HerokuSimulator sim, string app, string webhook) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var (include, level, url) = (body.Strings("include"), body.String("level"), body.String("url"));
            var (secret, authorization) = (body.String("secret"), body.String("authorization"));
            return sim.Run(w =>
            {
                var target = w.App(app);
                var found = SimWorld.Webhook(target, webhook);
                w.UpdateWebhook(found, include, level, url, secret, authorization);
                return HerokuResults.Json(IntegrationViews.Webhook(target, found));
            });
        });
        MapRemove(api, "/apps/{app}/webhooks/{item}", SimWorld.Webhook, a => a.Webhooks, IntegrationViews.Webhook);
    }

    /// <summary><c>DELETE</c> of one of the app's items: found by the route's identity, removed, answered as it was.</summary>
    private static void MapRemove<T>(IEndpointRouteBuilder api, string pattern, Func<SimApp, string, T> find, Func<SimApp, List<T>> items,
        Func<SimApp, T, JsonObject> view) =>
        api.MapDelete(pattern, (HerokuSimulator sim, string app, string item) =>
            sim.Run(w =>
            {
                var target = w.App(app);
                var found = find(target, item);
                items(target).Remove(found);
                return HerokuResults.Json(view(target, found));
            }));

    /// <summary>The drains of the app's logging add-ons (the CLI lists them under "Add-on Drains"), then its own.</summary>
    private static IEnumerable<JsonObject> Drains(SimWorld world, SimApp app) =>
        world.AttachmentsOf(app)
            .Where(t => t.Addon.Service.LogDrain is not null && t.Addon.State == SimAddon.Provisioned)
            .DistinctBy(t => t.Addon)
            .Select(t => AccessViews.AddonDrain(t, t.Addon.Service.LogDrain!))
            .Concat(app.LogDrains.Select(d => IntegrationViews.Drain(app, d)));
}
