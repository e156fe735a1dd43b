namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>A stack (<c>heroku-24</c>, <c>cnb</c>) and the generation it belongs to.</summary>
internal sealed class SeedStack
{
    public string Name { get; set; } = string.Empty;

    public string Generation { get; set; } = "cedar";

    public string State { get; set; } = "public";

    public bool Default { get; set; }
}
