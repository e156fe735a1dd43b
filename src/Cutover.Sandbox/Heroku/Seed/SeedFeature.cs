namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>An app (labs) feature that apps can enable.</summary>
internal sealed class SeedFeature
{
    public string Name { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    public string Description { get; set; } = string.Empty;

    public string State { get; set; } = "general";

    /// <summary>Not available on Fir apps (e.g. log-runtime-metrics).</summary>
    public bool CedarOnly { get; set; }

    /// <summary>Only for apps in a Private Space.</summary>
    public bool SpaceOnly { get; set; }
}
