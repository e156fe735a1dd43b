namespace Cutover.Sandbox.Heroku.Endpoints;

/// <summary>
/// The catalogue: add-on services and plans (served without a token, as on Heroku), region capabilities,
/// regions, stacks and dyno sizes.
/// </summary>
internal static class CatalogEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var anonymous = api.MapGroup(string.Empty).WithMetadata(HerokuEndpointMetadata.Anonymous);
        anonymous.MapGet("/addon-services", (HttpContext http, HerokuSimulator sim) =>
            sim.Run(w => Pager.Page(http, w.Catalog.Services, AddonViews.Service, ("id", s => s.Id.ToString()), ("name", s => s.Name))));
        anonymous.MapGet("/addon-services/{service}", (HerokuSimulator sim, string service) =>
            sim.Run(w => HerokuResults.Json(AddonViews.Service(Service(w, service)))));
        anonymous.MapGet("/addon-services/{service}/plans", (HttpContext http, HerokuSimulator sim, string service) =>
            sim.Run(w => Pager.Page(http, Service(w, service).Plans, AddonViews.Plan, ("id", p => p.Id.ToString()), ("name", p => p.FullName))));
        anonymous.MapGet("/addon-services/{service}/plans/{plan}", (HerokuSimulator sim, string service, string plan) =>
            sim.Run(w => HerokuResults.Json(AddonViews.Plan(
                Service(w, service).Plans.FirstOrDefault(p => SimCatalog.Matches(p.Id, p.Name, plan) || p.FullName == plan) ?? throw HerokuApiException.NotFound("plan")))));
        anonymous.MapGet("/plans/{plan}", (HerokuSimulator sim, string plan) =>
            sim.Run(w => HerokuResults.Json(AddonViews.Plan(
                w.Catalog.Plans.FirstOrDefault(p => SimCatalog.Matches(p.Id, p.FullName, plan)) ?? throw HerokuApiException.NotFound("plan")))));

        api.MapGet("/addon-region-capabilities", (HttpContext http, HerokuSimulator sim) =>
            sim.Run(w => Capabilities(http, w.Catalog.Services.SelectMany(s => s.Regions.Select(r => (s, r))))));
        api.MapGet("/addon-services/{service}/region-capabilities", (HttpContext http, HerokuSimulator sim, string service) =>
            sim.Run(w =>
            {
                var found = Service(w, service);
                return Capabilities(http, found.Regions.Select(r => (found, r)));
            }));
        api.MapGet("/regions/{region}/addon-region-capabilities", (HttpContext http, HerokuSimulator sim, string region) =>
            sim.Run(w =>
            {
                var found = w.Catalog.FindRegion(region) ?? throw HerokuApiException.NotFound("region");
                return Capabilities(http, w.Catalog.Services.Where(s => s.Regions.Contains(found)).Select(s => (s, found)));
            }));

        api.MapGet("/regions", (HttpContext http, HerokuSimulator sim) =>
            sim.Run(w => Pager.Page(http, w.Catalog.Regions, CatalogViews.Region, ("id", r => r.Id.ToString()), ("name", r => r.Name))));
        api.MapGet("/regions/{region}", (HerokuSimulator sim, string region) =>
            sim.Run(w => HerokuResults.Json(CatalogViews.Region(w.Catalog.FindRegion(region) ?? throw HerokuApiException.NotFound("region")))));
        api.MapGet("/stacks", (HttpContext http, HerokuSimulator sim) =>
            sim.Run(w => Pager.Page(http, w.Catalog.Stacks, CatalogViews.Stack, ("id", s => s.Id.ToString()), ("name", s => s.Name))));
        api.MapGet("/stacks/{stack}", (HerokuSimulator sim, string stack) =>
            sim.Run(w => HerokuResults.Json(CatalogViews.Stack(w.Catalog.FindStack(stack) ?? throw HerokuApiException.NotFound("stack")))));
        api.MapGet("/apps/{app}/available-stacks", (HttpContext http, HerokuSimulator sim, string app) =>
            sim.Run(w =>
            {
                var target = w.App(app);
                return Pager.Page(http, w.Catalog.Stacks.Where(s => s.Generation == target.Generation), CatalogViews.Stack, ("id", s => s.Id.ToString()), ("name", s => s.Name));
            }));
        api.MapGet("/dyno-sizes", (HttpContext http, HerokuSimulator sim) =>
            sim.Run(w => Pager.Page(http, w.Catalog.DynoSizes, FormationViews.DynoSize, ("id", s => s.Id.ToString()), ("name", s => s.Name))));
        api.MapGet("/dyno-sizes/{size}", (HerokuSimulator sim, string size) =>
            sim.Run(w => HerokuResults.Json(FormationViews.DynoSize(w.Catalog.FindDynoSize(size) ?? throw HerokuApiException.NotFound("dyno size")))));
        api.MapGet("/apps/{app}/available-dyno-sizes", (HttpContext http, HerokuSimulator sim, string app) =>
            sim.Run(w => Pager.Page(http, w.SizesFor(w.App(app)), FormationViews.DynoSize, ("id", s => s.Id.ToString()), ("name", s => s.Name))));
    }

    private static SimAddonService Service(SimWorld world, string identity) =>
        world.Catalog.FindService(identity) ?? throw HerokuApiException.NotFound("add-on service");

    private static IResult Capabilities(HttpContext http, IEnumerable<(SimAddonService Service, SimRegion Region)> pairs) =>
        Pager.Page(http, pairs, p => AddonViews.RegionCapability(p.Service, p.Region), ("id", p => StableId.For("addon-region-capability", $"{p.Service.Name}/{p.Region.Name}").ToString()));
}
