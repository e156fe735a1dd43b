namespace Cutover.Core.Monitoring;

/// <summary>A post-cutover summary next to the source app's baseline, with the alerts it raises.</summary>
/// <param name="Current">The new app's summary.</param>
/// <param name="Baseline">The source app's summary from before maintenance began; null when none was captured.</param>
/// <param name="Alerts">Error-code alerts in code order, then the 5xx-rate alert.</param>
/// <param name="ServerErrorRateLimit">The 5xx rate above which the report alerts.</param>
public sealed record HealthReport(TrafficSummary Current, TrafficSummary? Baseline, IReadOnlyList<HealthAlert> Alerts, double ServerErrorRateLimit)
{
    /// <summary>Whether anything alerted (the post should mention the approvers).</summary>
    public bool HasAlerts => Alerts.Count > 0;
}
