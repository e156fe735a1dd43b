namespace Cutover.Core.Monitoring;

/// <summary>When a post-cutover summary raises an alert (configurable; the defaults follow Heroku's advice).</summary>
public sealed record HealthRules
{
    /// <summary>Codes that alert at any count: H10, H14, H20, H99, R14, R15 by default.</summary>
    public IReadOnlyCollection<string> AlertCodes { get; init; } = HerokuErrorCodes.AlwaysAlert;

    /// <summary>The 5xx rate alerts above the baseline's rate times this factor (default 2).</summary>
    public double ServerErrorRateFactor { get; init; } = 2.0;

    /// <summary>
    /// The 5xx rate never alerts at or below this fraction (default 0.01 = 1 %), so a clean baseline does not
    /// turn a single 5xx into an alert. Also the limit when there is no baseline.
    /// </summary>
    public double MinimumServerErrorRate { get; init; } = 0.01;

    /// <summary>The 5xx rate above which <paramref name="baseline"/>'s app alerts.</summary>
    public double ServerErrorRateLimit(TrafficSummary? baseline) =>
        Math.Max(MinimumServerErrorRate, (baseline?.ServerErrorRate ?? 0) * ServerErrorRateFactor);
}
