namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>One process type's scale; <see cref="Crashed"/> dynos of it keep crashing.</summary>
internal sealed class SeedFormation
{
    public int Quantity { get; set; }

    public string Size { get; set; } = "Standard-1X";

    public int Crashed { get; set; }
}
