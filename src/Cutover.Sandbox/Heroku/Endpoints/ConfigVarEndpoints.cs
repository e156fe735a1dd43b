namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>Config vars: the flat object, PATCH with null to delete.</summary>
internal static class ConfigVarEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/apps/{app}/config-vars", (HerokuSimulator sim, string app) =>
            sim.Run(w => HerokuResults.Json(Render(w.App(app).Config))));
        api.MapPatch("/apps/{app}/config-vars", async (HttpContext http, HerokuSimulator sim, string app) =>
        {
            var body = await RequestBody.ReadAsync(http.Request);
            var changes = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var (key, value) in body.Json)
            {
                changes[key] = value switch
                {
                    null => null,
                    JsonValue text when text.GetValueKind() == JsonValueKind.String => text.GetValue<string>(),
                    _ => throw HerokuApiException.InvalidParams($"Config var {key} must be a string, or null to remove it."),
                };
            }

            return sim.Run(w =>
            {
                var target = w.App(app);
                w.PatchConfig(target, changes);
                return HerokuResults.Json(Render(target.Config));
            });
        });
    }

    public static JsonObject Render(IReadOnlyDictionary<string, string> config) =>
        new([.. config.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))]);
}
