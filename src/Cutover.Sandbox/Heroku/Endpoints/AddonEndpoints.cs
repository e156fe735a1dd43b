namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>Add-ons: list, info, create (with follow/fork config and confirmation), plan change, destroy, resolve.</summary>
internal static class AddonEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/addons", (HttpContext http, HerokuSimulator sim) =>
            sim.Run(w => Pager.Page(http, w.Addons.Where(a => !a.Destroyed), View(http, w), Ranges)));
        api.MapGet("/addons/{addon}", (HttpContext http, HerokuSimulator sim, string addon) =>
            sim.Run(w => HerokuResults.Json(View(http, w)(w.Addon(addon)))));
        api.MapGet("/apps/{app}/addons", (HttpContext http, HerokuSimulator sim, string app) =>
            sim.Run(w => Pager.Page(http, w.AddonsOf(w.App(app)), View(http, w), Ranges)));
        api.MapGet("/apps/{app}/addons/{addon}", (HttpContext http, HerokuSimulator sim, string app, string addon) =>
            sim.Run(w => HerokuResults.Json(View(http, w)(w.AddonOf(w.App(app), addon)))));
        api.MapPost("/apps/{app}/addons", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var request = new AddonRequest(
                body.Identity("plan") ?? throw HerokuApiException.InvalidParams("Missing required param: plan."),
                body.String("name"),
                body.Object("attachment") is { } attachment ? new RequestBody(attachment).String("name") : null,
                Config(body.Object("config")),
                body.String("confirm"));
            return sim.Run(w => HerokuResults.Created(View(http, w)(w.CreateAddon(w.App(app), request))));
        });
        api.MapPatch("/apps/{app}/addons/{addon}", async (HttpContext http, HerokuSimulator sim, string app, string addon) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var plan = body.Identity("plan") ?? throw HerokuApiException.InvalidParams("Missing required param: plan.");
            return sim.Run(w =>
            {
                var target = w.AddonOf(w.App(app), addon);
                w.ChangePlan(target, plan);
                return HerokuResults.Json(View(http, w)(target));
            });
        });
        api.MapDelete("/apps/{app}/addons/{addon}", (HttpContext http, HerokuSimulator sim, string app, string addon) =>
            sim.Run(w =>
            {
                var owner = w.App(app);
                var target = w.AddonOf(owner, addon);
                if (target.BillingApp != owner)
                    throw HerokuApiException.Forbidden($"{target.Name} is billed to {target.BillingApp.Name}; destroy it from there, or detach it from {owner.Name}.");
                w.Deprovision(target);
                return HerokuResults.Json(View(http, w)(target));
            }));
        api.MapPost("/actions/addons/resolve", async (HttpContext http, HerokuSimulator sim) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var addon = body.RequiredString("addon");
            return sim.Run(w =>
            {
                var app = body.String("app") is { } name ? w.App(name) : null;
                var service = body.String("addon_service");
                var matches = (app is null ? w.Addons.Where(a => !a.Destroyed) : w.AddonsOf(app))
                    .Where(a => service is null || a.Service.Name == service)
                    .Where(a => SimCatalog.Matches(a.Id, a.Name, addon)
                        || w.Attachments.Any(t => t.Addon == a && (app is null || t.App == app) && t.Name.Equals(addon.Replace("_URL", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)))
                    .ToList();
                return matches.Count == 0
                    ? throw HerokuApiException.NotFound("add-on")
                    : HerokuResults.Json(new JsonArray([.. matches.Select(a => (JsonNode)View(http, w)(a))]));
            });
        });
    }

    /// <summary>The add-on body, with the references the request's <c>Accept-Expansion</c> names expanded.</summary>
    private static Func<SimAddon, JsonObject> View(HttpContext http, SimWorld world)
    {
        var expansion = Expansion.Of(http.Request, world);
        return addon => expansion.Apply(AddonViews.Addon(world, addon));
    }

    private static readonly (string, Func<SimAddon, object>)[] Ranges = [("id", a => a.Id.ToString()), ("name", a => a.Name)];

    /// <summary>Provider options: string values (the CLI sends <c>--follow X</c> as <c>{"follow":"X"}</c>).</summary>
    private static Dictionary<string, string> Config(JsonObject? config)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in config ?? [])
        {
            values[key] = value switch
            {
                JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
                JsonValue other => other.ToJsonString(),
                _ => throw HerokuApiException.InvalidParams($"config.{key} must be a string."),
            };
        }

        return values;
    }
}
