namespace Cutover.Tests.Planning;

/// <summary>
/// Builds a <see cref="PlanningInput"/> from the sandbox's demo world (src/Cutover.Sandbox/Heroku/seed.yaml):
/// demo-app (web ×2 Standard-2X, worker ×1 Standard-1X; Postgres standard-0, Redis premium-0, Fixie, Papertrail;
/// two custom domains) into demo-space (virginia, allocated, cedar, two NAT IPs, every Private-* size).
/// Each <c>With…</c> changes one thing, so a test reads as "the demo world, except …".
/// </summary>
internal sealed class DemoWorld
{
    public static readonly string[] PrivateSizes = ["Private-S", "Private-M", "Private-L", "Private-L-RAM", "Private-XL", "Private-2XL"];

    public static readonly string[] ShieldSizes = ["Shield-S", "Shield-M", "Shield-L", "Shield-L-RAM", "Shield-XL", "Shield-2XL"];

    public static readonly string[] AppConfigVars =
        ["ASPNETCORE_ENVIRONMENT", "DOTNET_gcServer", "SENTRY_DSN", "STRIPE_API_KEY", "FEATURE_CHECKOUT_V2"];

    /// <summary>
    /// The run whose plan the golden files show: demo-app → demo-space, cut over 2026-03-05 18:00Z, planned by U-req at
    /// <see cref="Runs.PlannedAt"/> in <paramref name="conversation"/> (by default Slack thread C1/1700000000.1).
    /// </summary>
    public static Run PlannedRun(ConversationReference? conversation = null) =>
        Runs.Planned().CutoverAt(new DateTimeOffset(2026, 3, 5, 18, 0, 0, TimeSpan.Zero))
            .In(conversation ?? new ConversationReference(ChatChannel.Slack, "C1", "1700000000.1"))
            .Build();

    private readonly Dictionary<string, IReadOnlyList<AddonPlanInfo>> _plans = new(StringComparer.Ordinal)
    {
        ["heroku-postgresql"] =
        [
            ServicePlan("heroku-postgresql", "essential-0", outside: true, price: 500),
            ServicePlan("heroku-postgresql", "standard-0", outside: true, price: 5000),
            ServicePlan("heroku-postgresql", "private-0", inside: true, spaceDefault: true, price: 30000),
            ServicePlan("heroku-postgresql", "shield-0", inside: true, spaceDefault: true, price: 35000, compliance: ["HIPAA"]),
        ],
        ["heroku-redis"] =
        [
            ServicePlan("heroku-redis", "premium-0", outside: true, price: 1500),
            ServicePlan("heroku-redis", "private-7", inside: true, spaceDefault: true, price: 45000),
            ServicePlan("heroku-redis", "shield-7", inside: true, spaceDefault: true, price: 55000, compliance: ["HIPAA"]),
        ],
        ["heroku-kafka"] =
        [
            ServicePlan("heroku-kafka", "basic-0", outside: true, price: 10000),
            ServicePlan("heroku-kafka", "private-standard-0", inside: true, spaceDefault: true, price: 180000),
            ServicePlan("heroku-kafka", "shield-standard-0", inside: true, spaceDefault: true, price: 216000, compliance: ["HIPAA"]),
        ],
        ["fixie"] = [ServicePlan("fixie", "tricycle", outside: true)],
        ["papertrail"] = [ServicePlan("papertrail", "choklad", inside: true, outside: true)],
        ["demo-legacy-cache"] = [ServicePlan("demo-legacy-cache", "dev")],
    };

    private readonly List<AddonInfo> _addons =
    [
        Addon("heroku-postgresql", "standard-0", "postgresql-curved-24817", "DATABASE"),
        Addon("heroku-redis", "premium-0", "redis-graceful-51720", "REDIS"),
        Addon("fixie", "tricycle", "fixie-lucid-30551", "FIXIE"),
        Addon("papertrail", "choklad", "papertrail-amber-11002", "PAPERTRAIL", "PAPERTRAIL_API_TOKEN"),
    ];

    private readonly List<string> _extraConfigVars = [];
    private List<FormationEntry> _formation = [new("web", 2, "Standard-2X"), new("worker", 1, "Standard-1X")];
    private string _appName = "demo-app";
    private string _appGeneration = "cedar";
    private string? _appSpace;
    private ReleaseInfo? _release = new(12, "succeeded", "slug-9f1c2a7d", "heroku-24");
    private string _spaceName = "demo-space";
    private string _spaceState = "allocated";
    private string _spaceGeneration = "cedar";
    private string _spaceRegion = "virginia";
    private bool _shield;
    private IReadOnlyList<string> _natIps = ["203.0.113.21", "203.0.113.22"];
    private IReadOnlyList<string> _dynoSizes = PrivateSizes;
    private AppIntegrations _integrations = AppIntegrations.None;
    private IReadOnlyList<InboundRule>? _inboundRules;

    public static AddonPlanInfo ServicePlan(
        string service, string name, bool inside = false, bool outside = false, bool spaceDefault = false, int price = 0,
        string[]? compliance = null) =>
        new(service, name, inside, outside, spaceDefault, price, compliance ?? []);

    /// <summary>An add-on billed to the source whose one attachment owns <c>{ATTACHMENT}_URL</c> (or the given vars).</summary>
    public static AddonInfo Addon(string service, string plan, string name, string attachment, params string[] configVars) =>
        new($"id-{name}", name, service, plan, [attachment], configVars.Length > 0 ? configVars : [$"{attachment}_URL"], BilledToSource: true);

    public DemoWorld WithAppName(string name) => Set(() => _appName = name);

    public DemoWorld WithAppGeneration(string generation) => Set(() => _appGeneration = generation);

    public DemoWorld WithAppInSpace(string space) => Set(() => _appSpace = space);

    public DemoWorld WithRelease(ReleaseInfo? release) => Set(() => _release = release);

    public DemoWorld WithFormation(params FormationEntry[] formation) => Set(() => _formation = [.. formation]);

    public DemoWorld WithAddons(params AddonInfo[] addons) => Set(() =>
    {
        _addons.Clear();
        _addons.AddRange(addons);
    });

    public DemoWorld WithAddon(AddonInfo addon) => Set(() => _addons.Add(addon));

    /// <summary>A config var set by hand on the source (no add-on owns it).</summary>
    public DemoWorld WithConfigVar(string name) => Set(() => _extraConfigVars.Add(name));

    public DemoWorld WithPlans(string service, params AddonPlanInfo[] plans) => Set(() => _plans[service] = plans);

    public DemoWorld WithoutPlans(string service) => Set(() => _plans.Remove(service));

    public DemoWorld WithSpaceState(string state) => Set(() => _spaceState = state);

    public DemoWorld WithSpaceGeneration(string generation) => Set(() => _spaceGeneration = generation);

    public DemoWorld WithNatIps(params string[] ips) => Set(() => _natIps = ips);

    public DemoWorld WithDynoSizes(params string[] sizes) => Set(() => _dynoSizes = sizes);

    /// <summary>demo-shield instead: oregon, Shield, its own NAT IPs and the Shield-* sizes.</summary>
    public DemoWorld InShieldSpace() => Set(() =>
    {
        (_spaceName, _spaceRegion, _shield) = ("demo-shield", "oregon", true);
        _natIps = ["203.0.113.31", "203.0.113.32"];
        _dynoSizes = ShieldSizes;
    });

    /// <summary>Drains, access, webhooks, pipeline and certificates of demo-app (none unless set).</summary>
    public DemoWorld WithIntegrations(AppIntegrations integrations) => Set(() => _integrations = integrations);

    /// <summary>demo-space's inbound ruleset (not read unless set).</summary>
    public DemoWorld WithInboundRules(params InboundRule[] rules) => Set(() => _inboundRules = rules);

    public PlanningInput Build()
    {
        var configVars = AppConfigVars.Concat(_extraConfigVars).Concat(_addons.SelectMany(a => a.ConfigVars)).ToList();
        var source = new SourceSnapshot(
            _appName, "us", "heroku-24", _appGeneration, _appSpace, _release, _formation, [.. _addons],
            [new("www.demo-app.example.com", "whispering-willow-5678.herokudns.com", null), new("api.demo-app.example.com", "shy-sun-1234.herokudns.com", null)],
            configVars, ["heroku/dotnet"], ["log-runtime-metrics", "runtime-dyno-metadata"])
        { Integrations = _integrations };
        var target = new TargetSnapshot(_spaceName, _spaceState, _spaceRegion, _shield, _spaceGeneration, "acme", _natIps, _dynoSizes)
        {
            InboundRules = _inboundRules,
        };
        return new PlanningInput(source, target, new Dictionary<string, IReadOnlyList<AddonPlanInfo>>(_plans, StringComparer.Ordinal));
    }

    public MigrationPlan Plan(PlannerOptions? options = null) => MigrationPlanner.Plan(Build(), options ?? new PlannerOptions());

    private DemoWorld Set(Action change)
    {
        change();
        return this;
    }
}
