namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>The compiled code an app runs.</summary>
internal sealed class SeedSlug
{
    public string? Commit { get; set; }

    public long Size { get; set; }

    public Dictionary<string, string> ProcessTypes { get; set; } = [];
}
