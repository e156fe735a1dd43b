namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>How long asynchronous platform work takes, in simulator time ("20s", "3m", "1h").</summary>
internal sealed class SeedTimings
{
    public string Release { get; set; } = "20s";

    public string Build { get; set; } = "2m";

    public string DynoBoot { get; set; } = "15s";

    public string DomainVerification { get; set; } = "1m";

    public string AcmIssuance { get; set; } = "5m";
}
