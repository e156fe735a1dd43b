namespace Cutover.Sandbox.Heroku.Model;

/// <summary>Apps: create (Common Runtime or in a space), update, delete, features.</summary>
internal sealed partial class SimWorld
{
    public SimApp CreateApp(string? name, SimTeam? team, SimSpace? space, string? region, string? stack, bool? internalRouting, bool locked)
    {
        if (name is not null)
            ValidateNewName(name);
        SimRegion resolvedRegion;
        if (space is not null)
        {
            if (!space.IsAllocated(Now))
                throw HerokuApiException.InvalidParams($"Space {space.Name} is still allocating; apps can be created in it once it is allocated.");
            resolvedRegion = space.Region;
            if (region is not null && Catalog.FindRegion(region) != space.Region)
                throw HerokuApiException.InvalidParams($"Region {region} does not match the region of space {space.Name} ({space.Region.Name}); leave region out for apps in a space.");
        }
        else
        {
            resolvedRegion = Catalog.FindRegion(region ?? "us") ?? throw HerokuApiException.NotFound("region");
            if (resolvedRegion.PrivateCapable)
                throw HerokuApiException.InvalidParams($"Region {resolvedRegion.Name} is only available to apps in a Private Space; Common Runtime apps run in us or eu.");
            if (internalRouting == true)
                throw HerokuApiException.InvalidParams("internal_routing is only available to apps in a Private Space.");
        }

        var generation = space?.Generation ?? Catalog.Generation(SimGeneration.Cedar);
        var resolvedStack = stack is null ? Catalog.DefaultStack(generation) : ResolveStack(stack, generation);
        var app = new SimApp
        {
            Id = NewId(),
            Name = name ?? GenerateAppName(),
            WebHostSuffix = Hex(12),
            Owner = Account,
            Team = team,
            Region = resolvedRegion,
            Stack = resolvedStack,
            BuildStack = resolvedStack,
            Space = space,
            Generation = generation,
            InternalRouting = space is null ? null : internalRouting ?? false,
            Locked = locked,
            CreatedAt = Now,
            UpdatedAt = Now,
            Number = Random.NextInt64(1_000_000, 9_999_999),
        };
        app.Domains.Add(new SimDomain { Id = NewId(), App = app, Hostname = app.WebHost, Kind = "heroku", Cname = null, CreatedAt = Now, UpdatedAt = Now });
        Apps.Add(app);
        ConfigRelease(app, "Initial release");
        ConfigRelease(app, "Enable Logplex");
        return app;
    }

    public void UpdateApp(SimApp app, string? name, bool? maintenance, string? buildStack)
    {
        if (name is not null && name != app.Name)
        {
            ValidateNewName(name);
            var heroku = app.Domains.First(d => d.Kind == "heroku");
            app.Name = name;
            heroku.Hostname = app.WebHost;
            heroku.UpdatedAt = Now;
        }

        if (maintenance is { } on)
            app.Maintenance = on;
        if (buildStack is not null)
            app.BuildStack = ResolveStack(buildStack, app.Generation);
        app.UpdatedAt = Now;
    }

    /// <summary>Destroys the app; add-ons billed to it are deprovisioned with it (and detached from other apps), and it leaves its pipeline.</summary>
    public void DeleteApp(SimApp app)
    {
        Attachments.RemoveAll(t => t.App == app);
        foreach (var addon in Addons.Where(a => a.BillingApp == app && !a.Destroyed).ToList())
            Deprovision(addon);
        LogSessions.RemoveAll(s => s.App == app);
        Couplings.RemoveAll(c => c.App == app);
        Apps.Remove(app);
    }

    public void SetFeature(SimApp app, SimFeatureDefinition feature, bool enabled)
    {
        if (enabled && feature.CedarOnly && app.Generation.IsFir)
            throw HerokuApiException.InvalidParams($"{feature.Name} is not available to Fir apps.");
        if (enabled && feature.SpaceOnly && app.Space is null)
            throw HerokuApiException.InvalidParams($"{feature.Name} is only available to apps in a Private Space.");
        if (enabled)
            app.Features.Add(feature.Name);
        else
            app.Features.Remove(feature.Name);
        app.UpdatedAt = Now;
    }

    public SimLogSession CreateLogSession(SimApp app, int? lines, bool? tail, string? source, string? dyno, string? type)
    {
        if (lines is < 0 or > 1500)
            throw HerokuApiException.InvalidParams("lines must be between 0 and 1500.");
        if (source is not null and not ("app" or "heroku"))
            throw HerokuApiException.InvalidParams("source must be \"app\" or \"heroku\".");
        var session = new SimLogSession
        {
            Id = NewId(),
            App = app,
            Lines = lines ?? 100,
            Tail = tail ?? false,
            Source = source,
            DynoName = dyno,
            Type = type,
            CreatedAt = Now,
        };
        LogSessions.RemoveAll(s => Now - s.CreatedAt > TimeSpan.FromHours(1));
        LogSessions.Add(session);
        return session;
    }

    private SimStack ResolveStack(string identity, SimGeneration generation)
    {
        var stack = Catalog.FindStack(identity) ?? throw HerokuApiException.NotFound("stack");
        return stack.Generation == generation
            ? stack
            : throw HerokuApiException.InvalidParams($"Stack {stack.Name} is not available to {generation.Name}-generation apps; use {Catalog.DefaultStack(generation).Name}.");
    }

    private void ValidateNewName(string name)
    {
        if (name.Length < 3)
            throw HerokuApiException.InvalidParams("Name is too short (minimum is 3 characters).");
        if (name.Length > 30)
            throw HerokuApiException.InvalidParams("Name is too long (maximum is 30 characters).");
        if (!AppNamePattern().IsMatch(name))
            throw HerokuApiException.InvalidParams("Name must start with a letter, end with a letter or digit and can only contain lowercase letters, digits, and dashes.");
        if (NameTaken(name))
            throw HerokuApiException.InvalidParams($"Name {name} is already taken.");
    }

    private string GenerateAppName()
    {
        while (true)
        {
            var name = $"{Pick(Words.Adjectives)}-{Pick(Words.Nouns)}-{Random.Next(10_000, 99_999)}";
            if (name.Length <= 30 && !NameTaken(name))
                return name;
        }
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{1,28}[a-z0-9]$")]
    private static partial Regex AppNamePattern();
}
