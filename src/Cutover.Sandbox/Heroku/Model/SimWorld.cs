namespace Cutover.Sandbox.Heroku.Model;

/// <summary>
/// The simulated Heroku account: everything the API can see or change. Not thread-safe on its own —
/// <see cref="HerokuSimulator"/> runs every operation under one lock, after <see cref="Tick"/> has moved
/// time-driven state (allocations, provisioning, releases, boots) up to <see cref="Now"/>.
/// </summary>
internal sealed partial class SimWorld(SimCatalog catalog, SimTimings timings, SimAccount account, SimTeam team, DateTimeOffset now)
{
    public DateTimeOffset Now { get; private set; } = now;

    public SimCatalog Catalog { get; } = catalog;

    public SimTimings Timings { get; } = timings;

    public SimAccount Account { get; } = account;

    public SimTeam Team { get; } = team;

    public List<SimSpace> Spaces { get; } = [];

    public List<SimApp> Apps { get; } = [];

    public List<SimAddon> Addons { get; } = [];

    public List<SimAttachment> Attachments { get; } = [];

    public List<SimSlug> Slugs { get; } = [];

    public List<SimLogSession> LogSessions { get; } = [];

    public List<SimPipeline> Pipelines { get; } = [];

    public List<SimCoupling> Couplings { get; } = [];

    /// <summary>Emails of the Heroku users the simulator knows besides the account: only they can be given access.</summary>
    public HashSet<string> Users { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Seeded so generated names repeat from run to run for the same sequence of calls.</summary>
    public Random Random { get; } = new(20_240_601);

    /// <summary>The next add-on created ends up deprovisioned instead of provisioned (fault injection).</summary>
    public bool FailNextProvisioning { get; set; }

    public SimApp App(string identity) => FindApp(identity) ?? throw HerokuApiException.NotFound("app");

    public SimApp? FindApp(string identity) => Apps.FirstOrDefault(a => SimCatalog.Matches(a.Id, a.Name, identity));

    public SimSpace Space(string identity) =>
        Spaces.FirstOrDefault(s => SimCatalog.Matches(s.Id, s.Name, identity)) ?? throw HerokuApiException.NotFound("space");

    public SimTeam TeamNamed(string identity) =>
        SimCatalog.Matches(Team.Id, Team.Name, identity) ? Team : throw HerokuApiException.NotFound("team");

    public SimAddon Addon(string identity) =>
        Addons.FirstOrDefault(a => !a.Destroyed && SimCatalog.Matches(a.Id, a.Name, identity))
        ?? throw HerokuApiException.NotFound("add-on");

    /// <summary>An add-on as the app sees it: by id, name, or the name of one of the app's attachments.</summary>
    public SimAddon AddonOf(SimApp app, string identity) =>
        AddonsOf(app).FirstOrDefault(a => SimCatalog.Matches(a.Id, a.Name, identity))
        ?? Attachments.FirstOrDefault(t => t.App == app && t.Name.Equals(identity, StringComparison.OrdinalIgnoreCase))?.Addon
        ?? throw HerokuApiException.NotFound("add-on");

    /// <summary>Add-ons billed to or attached to the app (a failed one stays, deprovisioned, until destroyed).</summary>
    public IEnumerable<SimAddon> AddonsOf(SimApp app) =>
        Addons.Where(a => !a.Destroyed && (a.BillingApp == app || Attachments.Any(t => t.Addon == a && t.App == app)));

    public IEnumerable<SimAttachment> AttachmentsOf(SimApp app) => Attachments.Where(t => t.App == app);

    public IEnumerable<SimAttachment> AttachmentsOf(SimAddon addon) => Attachments.Where(t => t.Addon == addon);

    public SimAttachment Attachment(string identity) =>
        Attachments.FirstOrDefault(t => Guid.TryParse(identity, out var id) && t.Id == id) ?? throw HerokuApiException.NotFound("add-on attachment");

    /// <summary>A slug the caller can see: any app's slug in this account (slugs are copied across apps).</summary>
    public SimSlug Slug(string identity) =>
        Slugs.FirstOrDefault(s => Guid.TryParse(identity, out var id) && s.Id == id) ?? throw HerokuApiException.NotFound("slug");

    /// <summary>Config var names that add-on attachments own on the app.</summary>
    public HashSet<string> OwnedConfigVars(SimApp app) =>
        new(AttachmentsOf(app).SelectMany(t => t.ConfigVarNames), StringComparer.Ordinal);

    /// <summary>Plan names of the app's add-ons, for a release's <c>addon_plan_names</c>.</summary>
    public List<string> AddonPlanNames(SimApp app) => [.. AddonsOf(app).Select(a => a.Plan.FullName).Distinct()];

    public bool NameTaken(string name) => Apps.Any(a => a.Name == name);

    public string Hex(int length)
    {
        var bytes = new byte[(length + 1) / 2];
        Random.NextBytes(bytes);
        return Convert.ToHexStringLower(bytes)[..length];
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[Random.Next(items.Count)];

    /// <summary>A random (version 4) UUID from the seeded generator, so a reset world repeats its ids.</summary>
    public Guid NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        Random.NextBytes(bytes);
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }

    /// <summary>Moves the clock forward (seeding builds history this way) and lets due work happen.</summary>
    public void Travel(TimeSpan by) => Tick(Now + by);
}
