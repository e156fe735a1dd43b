namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>A labs feature that apps (or, for an account feature, the account) can enable.</summary>
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

    /// <summary>An account (user) feature, listed by <c>/account/features</c> instead of an app's features.</summary>
    public bool Account { get; set; }
}
