namespace Cutover.Sandbox.Heroku.Model;

/// <summary>What Heroku offers: regions, stacks, generations, dyno sizes, add-on services and features.</summary>
internal sealed class SimCatalog
{
    public required IReadOnlyList<SimRegion> Regions { get; init; }

    public required IReadOnlyList<SimGeneration> Generations { get; init; }

    public required IReadOnlyList<SimStack> Stacks { get; init; }

    public required IReadOnlyList<SimDynoSize> DynoSizes { get; init; }

    public required IReadOnlyList<SimAddonService> Services { get; init; }

    public required IReadOnlyList<SimFeatureDefinition> Features { get; init; }

    public IEnumerable<SimPlan> Plans => Services.SelectMany(s => s.Plans);

    public SimRegion? FindRegion(string identity) => Regions.FirstOrDefault(r => Matches(r.Id, r.Name, identity));

    public SimGeneration Generation(string name) =>
        Generations.FirstOrDefault(g => g.Name == name) ?? throw new InvalidOperationException($"Heroku simulator seed: unknown generation \"{name}\".");

    public SimStack? FindStack(string identity) => Stacks.FirstOrDefault(s => Matches(s.Id, s.Name, identity));

    public SimStack DefaultStack(SimGeneration generation) =>
        Stacks.Where(s => s.Generation == generation).OrderByDescending(s => s.Default).First();

    public SimDynoSize? FindDynoSize(string identity) =>
        DynoSizes.FirstOrDefault(s => Matches(s.Id, s.Name, identity) || s.Name.Equals(identity, StringComparison.OrdinalIgnoreCase));

    public SimAddonService? FindService(string identity) => Services.FirstOrDefault(s => Matches(s.Id, s.Name, identity));

    /// <summary>A plan by id, <c>service:plan</c>, or a bare service name (its default plan, or its space default inside a space).</summary>
    public SimPlan? FindPlan(string identity, bool inSpace)
    {
        if (Guid.TryParse(identity, out var id))
            return Plans.FirstOrDefault(p => p.Id == id);
        var parts = identity.Split(':', 2);
        var service = FindService(parts[0]);
        if (service is null)
            return null;
        if (parts.Length == 2)
            return service.Plans.FirstOrDefault(p => p.Name == parts[1]);
        return inSpace
            ? service.Plans.FirstOrDefault(p => p.SpaceDefault) ?? service.Plans.FirstOrDefault(p => p.Default)
            : service.Plans.FirstOrDefault(p => p.Default) ?? service.Plans.FirstOrDefault();
    }

    public IEnumerable<SimFeatureDefinition> AppFeatures => Features.Where(f => !f.Account);

    public IEnumerable<SimFeatureDefinition> AccountFeatures => Features.Where(f => f.Account);

    public SimFeatureDefinition? FindFeature(string identity) => AppFeatures.FirstOrDefault(f => Matches(f.Id, f.Name, identity));

    public SimFeatureDefinition? FindAccountFeature(string identity) => AccountFeatures.FirstOrDefault(f => Matches(f.Id, f.Name, identity));

    public static bool Matches(Guid id, string name, string identity) =>
        name == identity || (Guid.TryParse(identity, out var parsed) && parsed == id);
}
