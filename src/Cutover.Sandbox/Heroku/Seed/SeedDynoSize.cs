namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>A dyno size and the runtime it may run in: common, private, shield or fir.</summary>
internal sealed class SeedDynoSize
{
    public string Name { get; set; } = string.Empty;

    public string Runtime { get; set; } = "common";

    public double Memory { get; set; }

    public int Compute { get; set; }

    public double Units { get; set; }

    /// <summary>Price in cents per month; absent means no published price.</summary>
    public int? Cost { get; set; }

    public bool Dedicated { get; set; }

    public string Architecture { get; set; } = "amd64";
}
