namespace Cutover.Sandbox.Heroku;

/// <summary>Settings of the Heroku simulator.</summary>
public sealed class HerokuSimulatorOptions
{
    /// <summary>A seed YAML file to load instead of the embedded <c>seed.yaml</c>; null means the embedded one.</summary>
    public string? SeedPath { get; set; }

    /// <summary>Size of the account's token bucket (Heroku: 4 500).</summary>
    public int RateLimitCapacity { get; set; } = 4500;

    /// <summary>Tokens added back per minute of simulator time (Heroku: about 75).</summary>
    public double RateLimitRefillPerMinute { get; set; } = 75;
}
