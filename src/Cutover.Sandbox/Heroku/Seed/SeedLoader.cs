namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>
/// Turns the seed into a world with history: the clock starts half a year back, each app is created,
/// configured, given its add-ons and deployed release by release, then the clock runs up to now.
/// </summary>
internal static class SeedLoader
{
    private static readonly TimeSpan History = TimeSpan.FromDays(180);

    public static SimWorld Load(SeedDocument seed, DateTimeOffset now)
    {
        var start = now - History;
        var catalog = SeedCatalog.Build(seed, start - TimeSpan.FromDays(365));
        if (seed.Account.Tokens.Count == 0)
            throw new InvalidOperationException("Heroku simulator seed: account.tokens lists no bearer token.");
        var account = new SimAccount
        {
            Id = StableId.For("account", seed.Account.Email),
            Email = seed.Account.Email,
            Name = seed.Account.Name,
            Tokens = seed.Account.Tokens,
            CreatedAt = start - TimeSpan.FromDays(365),
        };
        foreach (var feature in seed.Account.Features)
        {
            account.Features.Add(catalog.FindAccountFeature(feature) is { } found
                ? found.Name
                : throw new InvalidOperationException($"Heroku simulator seed: account feature \"{feature}\" is not an account feature of the catalogue."));
        }
        var team = new SimTeam { Id = StableId.For("team", seed.Team.Name), Name = seed.Team.Name, CreatedAt = start - TimeSpan.FromDays(300) };
        var t = seed.Timings;
        var timings = new SimTimings(Durations.Parse(t.Release, "timings.release"), Durations.Parse(t.Build, "timings.build"),
            Durations.Parse(t.DynoBoot, "timings.dyno_boot"), Durations.Parse(t.DomainVerification, "timings.domain_verification"),
            Durations.Parse(t.AcmIssuance, "timings.acm_issuance"));
        var world = new SimWorld(catalog, timings, account, team, start);
        world.Users.UnionWith(seed.Users);
        world.Users.UnionWith(seed.Apps.SelectMany(a => a.Collaborators).Select(c => c.Email));
        foreach (var space in seed.Spaces)
            world.Spaces.Add(Space(world, space, now));
        foreach (var app in seed.Apps)
        {
            try
            {
                Seed(world, app);
            }
            catch (HerokuApiException problem)
            {
                throw new InvalidOperationException($"Heroku simulator seed: app {app.Name}: {problem.Message}", problem);
            }
        }

        world.Tick(now);
        return world;
    }

    private static SimSpace Space(SimWorld world, SeedSpace seed, DateTimeOffset now)
    {
        var allocating = seed.AllocatedIn is not null;
        var space = new SimSpace
        {
            Id = StableId.For("space", seed.Name),
            Name = seed.Name,
            Team = world.Team,
            Region = world.Catalog.FindRegion(seed.Region) is { PrivateCapable: true } region
                ? region
                : throw new InvalidOperationException($"Heroku simulator seed: space {seed.Name} needs a Private-Space region, not \"{seed.Region}\"."),
            Shield = seed.Shield,
            Generation = world.Catalog.Generation(seed.Generation),
            Cidr = seed.Cidr,
            DataCidr = seed.DataCidr,
            NatSources = seed.Nat,
            CreatedAt = allocating ? now - TimeSpan.FromMinutes(2) : world.Now - TimeSpan.FromDays(30),
            AllocatedAt = allocating ? now + Durations.Parse(seed.AllocatedIn!, $"{seed.Name}.allocated_in") : world.Now - TimeSpan.FromDays(29),
        };
        if (seed.TrustedIps.Count > 0)
            space.InboundRules = [.. seed.TrustedIps.Select(source => ("allow", source))];
        return space;
    }

    /// <summary>Drains, people with access, webhooks and the pipeline stage.</summary>
    private static void Surroundings(SimWorld world, SimApp app, SeedApp seed)
    {
        foreach (var url in seed.Drains)
            world.AddLogDrain(app, url);
        foreach (var person in seed.Collaborators)
            world.AddCollaborator(app, person.Email, person.Permissions);
        foreach (var hook in seed.Webhooks)
            world.AddWebhook(app, hook.Include, hook.Level, hook.Url, secret: null, authorization: null);
        if (seed.Pipeline is { } stage)
            world.Couple(app, world.Pipelines.FirstOrDefault(p => p.Name == stage.Name) ?? world.CreatePipeline(stage.Name, app.Generation.Name), stage.Stage);
    }

    /// <summary>A seeded database holds data: 40 MB to 3 GB over 12 to 80 tables, fixed per add-on name.</summary>
    private static void HoldData(SimAddon database)
    {
        var bytes = StableId.For("seed-data", database.Name).ToByteArray();
        database.DataBytes = 40_000_000 + (BitConverter.ToUInt32(bytes, 0) % 3_000_000_000L);
        database.Tables = 12 + (bytes[4] % 69);
    }

    private static void Seed(SimWorld world, SeedApp seed)
    {
        var day = TimeSpan.FromDays(1);
        var space = seed.Space is null ? null : world.Space(seed.Space);
        var app = world.CreateApp(seed.Name, world.Team, space, space is null ? seed.Region : null, seed.Stack, seed.InternalRouting, locked: false);
        app.Buildpacks.AddRange(seed.Buildpacks);
        foreach (var feature in seed.Features)
            world.SetFeature(app, world.Catalog.FindFeature(feature) ?? throw HerokuApiException.NotFound("feature"), true);
        world.Travel(day);
        if (seed.Config.Count > 0)
            world.PatchConfig(app, seed.Config.ToDictionary(p => p.Key, p => (string?)p.Value));
        foreach (var addon in seed.Addons)
        {
            var created = world.CreateAddon(app, new AddonRequest(addon.Plan, addon.Name, addon.As, new Dictionary<string, string>(), app.Name));
            if (created.Service.IsPostgres)
                HoldData(created);
            world.Travel(day);
        }

        var slug = seed.Slug ?? new SeedSlug { ProcessTypes = new Dictionary<string, string> { ["web"] = "bin/start --port $PORT" } };
        var deploys = Math.Max(1, seed.Releases - app.Releases.Count);
        for (var n = 1; n <= deploys; n++)
        {
            var commit = n == deploys ? slug.Commit ?? world.Hex(40) : world.Hex(40);
            var code = world.CreateSlug(app, slug.ProcessTypes, app.Stack, commit, $"Release {n} of {seed.Name}",
                SimWorld.BuildpackDescription(app), slug.Size > 0 ? slug.Size - ((deploys - n) * 1_048_576) : null, world.Now);
            world.CreateRelease(app, $"Deploy {commit[..7]}", code, deploy: true);
            world.Travel(day);
        }

        var updates = seed.Formation.Select(f => new FormationUpdate(f.Key, f.Value.Quantity, f.Value.Size)).ToList();
        world.UpdateFormation(app, updates);
        foreach (var (type, formation) in seed.Formation)
            app.Formation.First(f => f.Type == type).Crashing = formation.Crashed;
        world.ReconcileDynos(app, world.Now);
        if (seed.Acm)
            world.SetAcm(app, true);
        (string Chain, string PrivateKey)? uploaded = seed.Certificate.Count == 0 ? null : SeedCertificate.Issue(seed.Certificate, world.Now);
        var endpoint = uploaded is { } certificate ? world.AddSniEndpoint(app, certificate.Chain, certificate.PrivateKey) : null;
        foreach (var hostname in seed.Domains)
            world.AddDomain(app, hostname, endpoint is not null && seed.Certificate.Contains(hostname) ? endpoint : null);
        app.Maintenance = seed.Maintenance;
        Surroundings(world, app, seed);
        world.Travel(day);
    }
}
