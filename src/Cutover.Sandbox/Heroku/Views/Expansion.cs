namespace Cutover.Sandbox.Heroku.Views;

/// <summary>
/// <c>Accept-Expansion: addon_service,plan</c> (or <c>region</c>): the named <c>{id, name}</c> references of a body
/// become the whole resource, as Heroku serves them to the CLI (<c>addons</c> reads <c>plan.price.unit</c>,
/// <c>spaces:info</c> reads <c>region.description</c>). Without the header, bodies keep the schema's references.
/// </summary>
internal sealed class Expansion
{
    private readonly HashSet<string> _fields;
    private readonly SimCatalog _catalog;

    private Expansion(HashSet<string> fields, SimCatalog catalog) => (_fields, _catalog) = (fields, catalog);

    public static Expansion Of(HttpRequest request, SimWorld world) =>
        new(new HashSet<string>(request.Headers["Accept-Expansion"].ToString()
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), StringComparer.Ordinal), world.Catalog);

    /// <summary>Expands the requested references of <paramref name="body"/> in place and returns it.</summary>
    public JsonObject Apply(JsonObject body)
    {
        foreach (var field in _fields)
        {
            if (body[field] is not JsonObject reference || !Guid.TryParse((string?)reference["id"], out var id))
                continue;
            JsonObject? full = field switch
            {
                "plan" => _catalog.Plans.FirstOrDefault(p => p.Id == id) is { } plan ? AddonViews.Plan(plan) : null,
                "addon_service" => _catalog.Services.FirstOrDefault(s => s.Id == id) is { } service ? AddonViews.Service(service) : null,
                "region" => _catalog.Regions.FirstOrDefault(r => r.Id == id) is { } region ? CatalogViews.Region(region) : null,
                "stack" => _catalog.Stacks.FirstOrDefault(s => s.Id == id) is { } stack ? CatalogViews.Stack(stack) : null,
                _ => null,
            };
            if (full is not null)
                body[field] = full;
        }

        return body;
    }
}
