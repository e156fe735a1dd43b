namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>The team that owns the seeded spaces and apps.</summary>
internal sealed class SeedTeam
{
    public string Name { get; set; } = "acme";
}
