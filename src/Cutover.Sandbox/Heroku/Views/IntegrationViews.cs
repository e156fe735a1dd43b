namespace Cutover.Sandbox.Heroku.Views;

/// <summary>The <c>log-drain</c>, <c>app-webhook</c>, <c>pipeline</c> and <c>pipeline-coupling</c> resources.</summary>
internal static class IntegrationViews
{
    public static JsonObject Drain(SimApp app, SimLogDrain drain) => new()
    {
        ["addon"] = null,
        ["app"] = Json.AppRef(app),
        ["created_at"] = Json.Time(drain.CreatedAt),
        ["id"] = Json.Id(drain.Id),
        ["token"] = drain.Token,
        ["updated_at"] = Json.Time(drain.CreatedAt),
        ["url"] = drain.Url,
    };

    /// <summary>A webhook without its secret or authorization, which Heroku never shows again.</summary>
    public static JsonObject Webhook(SimApp app, SimWebhook webhook) => new()
    {
        ["app"] = Json.AppRef(app),
        ["created_at"] = Json.Time(webhook.CreatedAt),
        ["id"] = Json.Id(webhook.Id),
        ["include"] = Json.Strings(webhook.Include),
        ["level"] = webhook.Level,
        ["updated_at"] = Json.Time(webhook.UpdatedAt),
        ["url"] = webhook.Url,
    };

    public static JsonObject Pipeline(SimPipeline pipeline) => new()
    {
        ["created_at"] = Json.Time(pipeline.CreatedAt),
        ["id"] = Json.Id(pipeline.Id),
        ["name"] = pipeline.Name,
        ["owner"] = new JsonObject { ["id"] = Json.Id(pipeline.Owner.Id), ["type"] = "team" },
        ["updated_at"] = Json.Time(pipeline.UpdatedAt),
        ["generation"] = Json.Ref(pipeline.Generation),
    };

    /// <summary>A coupling; the pipeline carries its name too, which the CLI's <c>apps:info</c> prints.</summary>
    public static JsonObject Coupling(SimCoupling coupling) => new()
    {
        ["app"] = new JsonObject { ["id"] = Json.Id(coupling.App.Id) },
        ["created_at"] = Json.Time(coupling.CreatedAt),
        ["id"] = Json.Id(coupling.Id),
        ["pipeline"] = new JsonObject { ["id"] = Json.Id(coupling.Pipeline.Id), ["name"] = coupling.Pipeline.Name },
        ["stage"] = coupling.Stage,
        ["updated_at"] = Json.Time(coupling.UpdatedAt),
    };
}
