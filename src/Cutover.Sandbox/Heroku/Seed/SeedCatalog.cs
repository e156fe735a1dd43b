namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>Builds the catalogue (regions, generations, stacks, dyno sizes, add-on services, features) from the seed.</summary>
internal static class SeedCatalog
{
    public static SimCatalog Build(SeedDocument seed, DateTimeOffset epoch)
    {
        var generations = new[] { SimGeneration.Cedar, SimGeneration.Fir }
            .Select(name => new SimGeneration { Id = StableId.For("generation", name), Name = name, CreatedAt = epoch })
            .ToList();
        SimGeneration Generation(string name) =>
            generations.FirstOrDefault(g => g.Name == name) ?? throw Invalid($"unknown generation \"{name}\"");
        var regions = seed.Regions.Select(r => new SimRegion
        {
            Id = StableId.For("region", r.Name),
            Name = r.Name,
            Description = r.Description,
            Country = r.Country,
            Locale = r.Locale,
            ProviderRegion = r.ProviderRegion,
            PrivateCapable = r.PrivateCapable,
            CreatedAt = epoch,
        }).ToList();
        SimRegion Region(string name) => regions.FirstOrDefault(r => r.Name == name) ?? throw Invalid($"unknown region \"{name}\"");

        return new SimCatalog
        {
            Regions = regions,
            Generations = generations,
            Stacks = [.. seed.Stacks.Select(s => new SimStack
            {
                Id = StableId.For("stack", s.Name),
                Name = s.Name,
                Generation = Generation(s.Generation),
                State = s.State,
                Default = s.Default,
                CreatedAt = epoch,
            })],
            DynoSizes = [.. seed.DynoSizes.Select(s => new SimDynoSize
            {
                Id = StableId.For("dyno-size", s.Name),
                Name = s.Name,
                Runtime = s.Runtime is Runtimes.Common or Runtimes.Private or Runtimes.Shield or Runtimes.Fir ? s.Runtime : throw Invalid($"dyno size {s.Name} has unknown runtime \"{s.Runtime}\""),
                Memory = s.Memory,
                Compute = s.Compute,
                Units = s.Units,
                CostCents = s.Cost,
                Dedicated = s.Dedicated,
                Architecture = s.Architecture,
                Generation = Generation(s.Runtime == Runtimes.Fir ? SimGeneration.Fir : SimGeneration.Cedar),
            })],
            Services = [.. seed.AddonServices.Select(s => Service(s, epoch, Generation, Region))],
            Features = [.. seed.Features.Select(f => new SimFeatureDefinition
            {
                Id = StableId.For("feature", f.Name),
                Name = f.Name,
                DisplayName = f.DisplayName,
                Description = f.Description,
                State = f.State,
                CedarOnly = f.CedarOnly,
                SpaceOnly = f.SpaceOnly,
                Account = f.Account,
                CreatedAt = epoch,
            })],
        };
    }

    private static SimAddonService Service(SeedAddonService s, DateTimeOffset epoch, Func<string, SimGeneration> generation, Func<string, SimRegion> region)
    {
        var service = new SimAddonService
        {
            Id = StableId.For("addon-service", s.Name),
            Name = s.Name,
            HumanName = s.HumanName,
            Data = s.Data,
            DefaultAttachment = s.DefaultAttachment,
            ColorPrefix = s.ColorPrefix,
            AttachBoth = s.AttachBoth,
            ConfigVarSuffixes = s.ConfigVars,
            Provisioning = Durations.Parse(s.Provisioning, $"{s.Name}.provisioning"),
            FollowerCatchUp = Durations.Parse(s.FollowerCatchUp, $"{s.Name}.follower_catch_up"),
            InitialLagCommits = s.InitialLagCommits,
            StaticOutboundIp = s.StaticOutboundIp,
            LogDrain = s.LogDrain,
            Generations = [.. s.Generations.Select(generation)],
            Regions = [.. s.Regions.Select(region)],
            PrivateNetworkingRegions = s.PrivateNetworking,
            CreatedAt = epoch,
        };
        service.Plans.AddRange(s.Plans.Select(p => new SimPlan
        {
            Id = StableId.For("plan", $"{s.Name}:{p.Name}"),
            Service = service,
            Name = p.Name,
            HumanName = p.HumanName,
            PriceCents = p.Price,
            InstallableInside = p.Inside,
            InstallableOutside = p.Outside,
            Default = p.Default,
            SpaceDefault = p.SpaceDefault,
            Tier = p.Tier,
            RequiresConfirmation = p.Confirm,
            Followable = p.Followable,
            Compliance = p.Compliance,
            CreatedAt = epoch,
        }));
        return service;
    }

    private static InvalidOperationException Invalid(string problem) => new($"Heroku simulator seed: {problem}.");
}
