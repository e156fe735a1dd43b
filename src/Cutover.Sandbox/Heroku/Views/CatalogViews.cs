namespace Cutover.Sandbox.Heroku.Views;

/// <summary>The <c>region</c>, <c>stack</c>, <c>generation</c> and <c>rate-limit</c> resources.</summary>
internal static class CatalogViews
{
    public static JsonObject Region(SimRegion region) => new()
    {
        ["country"] = region.Country,
        ["created_at"] = Json.Time(region.CreatedAt),
        ["description"] = region.Description,
        ["id"] = Json.Id(region.Id),
        ["locale"] = region.Locale,
        ["name"] = region.Name,
        ["private_capable"] = region.PrivateCapable,
        ["provider"] = new JsonObject { ["name"] = "amazon-web-services", ["region"] = region.ProviderRegion },
        ["updated_at"] = Json.Time(region.CreatedAt),
    };

    public static JsonObject Stack(SimStack stack) => new()
    {
        ["default"] = stack.Default,
        ["created_at"] = Json.Time(stack.CreatedAt),
        ["id"] = Json.Id(stack.Id),
        ["name"] = stack.Name,
        ["state"] = stack.State,
        ["updated_at"] = Json.Time(stack.CreatedAt),
    };

    public static JsonObject Generation(SimGeneration generation) => new()
    {
        ["created_at"] = Json.Time(generation.CreatedAt),
        ["id"] = Json.Id(generation.Id),
        ["name"] = generation.Name,
        ["updated_at"] = Json.Time(generation.CreatedAt),
    };

    public static JsonObject RateLimit(int remaining) => new() { ["remaining"] = remaining };
}
