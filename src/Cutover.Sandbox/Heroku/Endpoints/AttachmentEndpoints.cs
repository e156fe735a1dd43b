namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>Add-on attachments: list, info, attach (incl. re-pointing DATABASE with confirm), detach, resolve.</summary>
internal static class AttachmentEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/addon-attachments", (HttpContext http, HerokuSimulator sim) =>
            sim.Run(w => Page(http, w.Attachments)));
        api.MapGet("/addon-attachments/{attachment}", (HttpContext http, HerokuSimulator sim, string attachment) =>
            sim.Run(w => HerokuResults.Json(AddonViews.Attachment(w.Attachment(attachment), Inclusions(http)))));
        api.MapGet("/addons/{addon}/addon-attachments", (HttpContext http, HerokuSimulator sim, string addon) =>
            sim.Run(w => Page(http, w.AttachmentsOf(w.Addon(addon)))));
        api.MapGet("/apps/{app}/addon-attachments", (HttpContext http, HerokuSimulator sim, string app) =>
            sim.Run(w => Page(http, w.AttachmentsOf(w.App(app)))));
        api.MapGet("/apps/{app}/addon-attachments/{attachment}", (HttpContext http, HerokuSimulator sim, string app, string attachment) =>
            sim.Run(w =>
            {
                var owner = w.App(app);
                var found = w.AttachmentsOf(owner).FirstOrDefault(t => SimCatalog.Matches(t.Id, t.Name, attachment)) ?? throw HerokuApiException.NotFound("add-on attachment");
                return HerokuResults.Json(AddonViews.Attachment(found, Inclusions(http)));
            }));
        api.MapPost("/addon-attachments", async (HttpContext http, HerokuSimulator sim) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var addon = body.Identity("addon") ?? throw HerokuApiException.InvalidParams("Missing required param: addon.");
            var app = body.Identity("app") ?? throw HerokuApiException.InvalidParams("Missing required param: app.");
            return sim.Run(w =>
            {
                var attachment = w.CreateAttachment(w.Addon(addon), w.App(app), body.String("name"), body.String("namespace"), body.String("confirm"));
                return HerokuResults.Created(AddonViews.Attachment(attachment, Inclusions(http)));
            });
        });
        api.MapDelete("/addon-attachments/{attachment}", (HttpContext http, HerokuSimulator sim, string attachment) =>
            sim.Run(w =>
            {
                var found = w.Attachment(attachment);
                w.Detach(found);
                return HerokuResults.Json(AddonViews.Attachment(found, Inclusions(http)));
            }));
        api.MapPost("/actions/addon-attachments/resolve", async (HttpContext http, HerokuSimulator sim) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var name = body.RequiredString("addon_attachment");
            return sim.Run(w =>
            {
                var app = body.String("app") is { } appName ? w.App(appName) : null;
                var service = body.String("addon_service");
                var matches = w.Attachments
                    .Where(t => (app is null || t.App == app) && (service is null || t.Addon.Service.Name == service))
                    .Where(t => t.Name.Equals(name.Replace("_URL", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase) || SimCatalog.Matches(t.Id, t.Name, name))
                    .ToList();
                return matches.Count == 0
                    ? throw HerokuApiException.NotFound("add-on attachment")
                    : HerokuResults.Json(new JsonArray([.. matches.Select(t => (JsonNode)AddonViews.Attachment(t, Inclusions(http)))]));
            });
        });
    }

    private static IResult Page(HttpContext http, IEnumerable<SimAttachment> attachments)
    {
        var inclusions = Inclusions(http);
        return Pager.Page(http, attachments, t => AddonViews.Attachment(t, inclusions), ("id", t => t.Id.ToString()), ("name", t => t.Name));
    }

    /// <summary>The CLI's <c>Accept-Inclusion: addon:plan,config_vars</c>.</summary>
    private static HashSet<string> Inclusions(HttpContext http) =>
        new(http.Request.Headers["Accept-Inclusion"].ToString().Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal);
}
