using System.Reflection;
using Cutover.Infrastructure.Heroku.Http;
using Cutover.Infrastructure.Heroku.Models;
using Refit;

namespace Cutover.IntegrationTests.Heroku.Client;

/// <summary>
/// The typed Heroku client against Heroku's official Platform API schema: every route it declares exists there,
/// every request body of the migration validates against the link's <c>schema</c>, and every response field it
/// reads is one the resource declares. The Data API (Postgres/Redis) is not in the schema and is left out.
/// </summary>
public sealed class ClientContractTests(ITestOutputHelper output)
{
    [Fact]
    public void Routes_EveryPlatformClientRoute_ExistsInTheOfficialSchema()
    {
        var routes = ClientRoutes().ToList();

        var missing = routes.Where(r => HerokuSchema.Instance.Find(r.Method, r.Path) is null).ToList();
        output.WriteLine($"{routes.Count - missing.Count} of {routes.Count} client routes found in the official schema");
        foreach (var (method, path, api) in routes)
            output.WriteLine($"  {method,-6} {path,-48} {api} → {HerokuSchema.Instance.Find(method, path)?.ToString() ?? "MISSING"}");

        Assert.True(routes.Count >= 30, $"expected the whole client surface, found {routes.Count} routes");
        Assert.Empty(missing);
    }

    [Fact]
    public void Routes_DataApiInterfaces_AreNotCountedAsPlatformRoutes()
    {
        var dataRoutes = typeof(HerokuOptions).Assembly.GetTypes()
            .Where(t => t is { IsInterface: true, Namespace: "Cutover.Infrastructure.Heroku.Data" })
            .SelectMany(t => t.GetMethods())
            .Select(m => m.GetCustomAttribute<HttpMethodAttribute>()!.Path)
            .ToList();

        Assert.NotEmpty(dataRoutes);
        Assert.All(dataRoutes, path => Assert.Null(HerokuSchema.Instance.Find("GET", path) ?? HerokuSchema.Instance.Find("PUT", path)));
    }

    [Theory]
    [MemberData(nameof(ScenarioSteps))]
    public async Task RequestBody_MigrationScenarioStep_ValidatesAgainstTheLinkSchema(string step)
    {
        var network = new RecordingHandler().ThenThrow(new HttpRequestException("Captured; not sent."));
        await Record.ExceptionAsync(() => Scenario[step](new Clients(network)));

        var request = Assert.Single(network.Requests);
        var (method, path, body) = (request.Method, request.Path, request.Body);
        var link = HerokuSchema.Instance.Find(method.Method, path);
        Assert.True(link is not null, $"{step}: {method} {path} is not in the schema");
        var errors = body is null ? [] : await HerokuSchema.Instance.ValidateRequestAsync(link, body);
        output.WriteLine($"{step}: {method} {path} {body ?? "(no body)"} → {link}");
        foreach (var quirk in errors.Intersect(SchemaQuirks))
            output.WriteLine($"  ignored, the schema rejects its own example too: {quirk}");

        var real = errors.Except(SchemaQuirks).ToList();
        Assert.True(real.Count == 0, $"{step}: {body} is invalid for {link}:\n{string.Join("\n", real)}");
    }

    /// <summary>
    /// <c>domain.hostname</c> is declared <c>"format": "uri"</c>, yet Heroku takes (and the schema's own example is)
    /// a bare hostname such as <c>subdomain.example.com</c>, which is not an absolute URI.
    /// </summary>
    private static readonly string[] SchemaQuirks = ["#/hostname: UriExpected (hostname)"];

    [Fact]
    public async Task SchemaQuirk_DomainHostnameFormat_RejectsTheSchemasOwnExample()
    {
        var link = HerokuSchema.Instance.Find("POST", "/apps/{app}/domains")!;

        var errors = await HerokuSchema.Instance.ValidateRequestAsync(link, """{"hostname":"subdomain.example.com","sni_endpoint":null}""");

        Assert.Equal(SchemaQuirks, errors);
    }

    public static TheoryData<string> ScenarioSteps() => new(Scenario.Keys);

    /// <summary>The request bodies of a migration of legacy-app into acme-virginia, in runbook order.</summary>
    private static readonly Dictionary<string, Func<Clients, Task>> Scenario = new()
    {
        ["1 maintenance page"] = c => c.Api<IConfigVarsApi>().UpdateAsync(Old, new Dictionary<string, string?> { ["MAINTENANCE_PAGE_URL"] = "https://status.example.com/maintenance" }, None),
        ["3 create target app"] = c => c.Api<ITeamAppsApi>().CreateAsync(new TeamAppCreate(New, "acme", "acme-virginia", "heroku-24", InternalRouting: false), None),
        ["3 buildpacks"] = c => c.Api<IBuildpackInstallationsApi>().UpdateAsync(New, new BuildpackInstallationsUpdate([new BuildpackUpdate("heroku/dotnet")]), None),
        ["3 labs feature"] = c => c.Api<IAppFeaturesApi>().UpdateAsync(New, "log-runtime-metrics", new AppFeatureUpdate(Enabled: true), None),
        ["4 copy config"] = c => c.Api<IConfigVarsApi>().UpdateAsync(New, new Dictionary<string, string?> { ["SECRET_KEY_BASE"] = "x", ["MAINTENANCE_PAGE_URL"] = null }, None),
        ["5 release the slug"] = c => c.Api<IReleasesApi>().CreateAsync(New, new ReleaseCreate(SlugId, "Copied from legacy-app v42"), None),
        ["5 fallback build"] = c => c.Api<IBuildsApi>().CreateAsync(New, new BuildCreate(new SourceBlob("https://example.com/src.tgz", "1a2b3c"), [new BuildpackRef("heroku/dotnet")]), None),
        ["6 postgres follower"] = c => c.Api<IAddOnsApi>().CreateAsync(New, new AddOnCreate("heroku-postgresql:private-4", new AddOnCreateAttachment("DATABASE_FOLLOWER"), new Dictionary<string, string> { ["follow"] = "looking-simply-2449" }, Confirm: New), None),
        ["6 plain add-on"] = c => c.Api<IAddOnsApi>().CreateAsync(New, new AddOnCreate("papertrail:choklad"), None),
        ["7 scale"] = c => c.Api<IFormationApi>().UpdateAsync(New, new FormationBatchUpdate([new FormationUpdate("web", 2, ResourceRef.Named("Private-M")), new FormationUpdate("worker", 1, ResourceRef.Named("Private-S"))]), None),
        ["8 maintenance on"] = c => c.Api<IAppsApi>().UpdateAsync(Old, new AppUpdate(Maintenance: true), None),
        ["8 stop writers"] = c => c.Api<IFormationApi>().UpdateAsync(Old, new FormationBatchUpdate([new FormationUpdate("worker", 0), new FormationUpdate("clock", 0)]), None),
        ["9 redis fork"] = c => c.Api<IAddOnsApi>().CreateAsync(New, new AddOnCreate("heroku-redis:private-7", Config: new Dictionary<string, string> { ["fork"] = "redis-curved-12345" }), None),
        ["9 promote to DATABASE"] = c => c.Api<IAddOnAttachmentsApi>().CreateAsync(new AddOnAttachmentCreate("looking-simply-2449", New, "DATABASE", Confirm: New), None),
        ["10 remove domain from source"] = c => c.Api<IDomainsApi>().DeleteAsync(Old, "www.example.com", None),
        ["10 add domain to target"] = c => c.Api<IDomainsApi>().CreateAsync(New, new DomainCreate("www.example.com"), None),
        ["10 enable ACM"] = c => c.Api<IAppsApi>().EnableAcmAsync(New, None),
        ["12 maintenance off"] = c => c.Api<IAppsApi>().UpdateAsync(New, new AppUpdate(Maintenance: false), None),
        ["13 router log session"] = c => c.Api<ILogSessionsApi>().CreateAsync(New, new LogSessionCreate(Lines: 1500, Source: "heroku", DynoName: "router"), None),
        ["15 decommission"] = c => c.Api<IAppsApi>().DeleteAsync(Old, None),
    };

    private const string Old = "legacy-app";
    private const string New = "legacy-app-ps";
    private const string SlugId = "01234567-89ab-cdef-0123-456789abcdef";
    private static readonly CancellationToken None = CancellationToken.None;

    [Theory]
    [InlineData(typeof(App), "app")]
    [InlineData(typeof(TeamApp), "team-app")]
    [InlineData(typeof(Space), "space")]
    [InlineData(typeof(SpaceNat), "space-nat")]
    [InlineData(typeof(Release), "release")]
    [InlineData(typeof(Slug), "slug")]
    [InlineData(typeof(Build), "build")]
    [InlineData(typeof(BuildpackInstallation), "buildpack-installation")]
    [InlineData(typeof(AddOn), "add-on")]
    [InlineData(typeof(AddOnAttachment), "add-on-attachment", "config_vars")]
    [InlineData(typeof(Plan), "plan")]
    [InlineData(typeof(AddOnRegionCapability), "add-on-region-capability")]
    [InlineData(typeof(Formation), "formation")]
    [InlineData(typeof(DynoSize), "dyno-size")]
    [InlineData(typeof(Dyno), "dyno")]
    [InlineData(typeof(Domain), "domain")]
    [InlineData(typeof(SniEndpoint), "sni-endpoint")]
    [InlineData(typeof(LogSession), "log-session")]
    [InlineData(typeof(AppFeature), "app-feature")]
    [InlineData(typeof(RateLimit), "rate-limit")]
    public void ResponseModel_EveryField_IsDeclaredByTheResource(Type model, string resource, params string[] inclusions)
    {
        var declared = Definitions.GetProperty(resource).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToHashSet();

        var read = HerokuJson.Options.GetTypeInfo(model).Properties.Select(p => p.Name).ToList();

        Assert.NotEmpty(read);
        Assert.All(read.Except(inclusions), name => Assert.True(declared.Contains(name), $"{model.Name}.{name} is not a property of {resource}"));
    }

    private static JsonElement Definitions { get; } = LoadDefinitions();

    private static JsonElement LoadDefinitions()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Contracts", "heroku-platform-api.schema.json")));
        return document.RootElement.GetProperty("definitions").Clone();
    }

    /// <summary>Every (method, path) declared by a Refit attribute on the Platform API interfaces.</summary>
    private static IEnumerable<(string Method, string Path, string Api)> ClientRoutes() =>
        typeof(HerokuOptions).Assembly.GetTypes()
            .Where(t => t.IsInterface && t.Namespace is { } ns && ns.StartsWith("Cutover.Infrastructure.Heroku", StringComparison.Ordinal)
                && ns != "Cutover.Infrastructure.Heroku.Data")
            .SelectMany(api => api.GetMethods().Select(method => (api, method, route: method.GetCustomAttribute<HttpMethodAttribute>())))
            .Where(x => x.route is not null)
            .Select(x => (x.route!.Method.Method, x.route.Path, $"{x.api.Name}.{x.method.Name}"))
            .OrderBy(r => r.Path, StringComparer.Ordinal).ThenBy(r => r.Method, StringComparer.Ordinal);

    /// <summary>Clients built like production's (same settings, same headers handler) over the capturing handler.</summary>
    private sealed class Clients(RecordingHandler network)
    {
        public TApi Api<TApi>() => RestService.For<TApi>(
            new HttpClient(new HerokuHeadersHandler("token", "Cutover/contract") { InnerHandler = network }) { BaseAddress = new Uri("https://api.heroku.com") },
            HerokuRefitSettings.Create());
    }
}
