namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>The seed file (seed.yaml) as read by YamlDotNet: the simulator's starting world.</summary>
internal sealed class SeedDocument
{
    public SeedAccount Account { get; set; } = new();

    public SeedTeam Team { get; set; } = new();

    public SeedTimings Timings { get; set; } = new();

    public List<SeedRegion> Regions { get; set; } = [];

    public List<SeedStack> Stacks { get; set; } = [];

    public List<SeedDynoSize> DynoSizes { get; set; } = [];

    public List<SeedAddonService> AddonServices { get; set; } = [];

    public List<SeedFeature> Features { get; set; } = [];

    public List<SeedSpace> Spaces { get; set; } = [];

    public List<SeedApp> Apps { get; set; } = [];

    /// <summary>Other Heroku users the simulator knows, who can be given access; apps' collaborators are added to them.</summary>
    public List<string> Users { get; set; } = [];
}
