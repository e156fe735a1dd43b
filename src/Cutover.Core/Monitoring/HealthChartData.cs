namespace Cutover.Core.Monitoring;

/// <summary>What a health report's chart shows: the new app's reports so far against the source's pre-cutover baseline.</summary>
/// <param name="App">The new app.</param>
/// <param name="Points">One per report so far, by slot.</param>
/// <param name="Baseline">The source app's figures before maintenance; null when none were captured.</param>
/// <param name="ServerErrorRateLimit">The 5xx rate above which a report alerts (drawn as a threshold).</param>
/// <param name="Final">Whether this is the final report's chart of the whole window.</param>
public sealed record HealthChartData(string App, IReadOnlyList<HealthPoint> Points, HealthPoint? Baseline, double ServerErrorRateLimit, bool Final)
{
    /// <summary>A short text of the same figures, for screen readers and notifications.</summary>
    public string Describe()
    {
        var latest = Points.Count == 0 ? null : Points[^1];
        var against = Baseline is null ? "no baseline" : $"baseline {Baseline.RequestsPerMinute:0.#} req/min, {Baseline.ServerErrorRate:0.##%} 5xx";
        return latest is null
            ? $"No reports for {App} yet ({against})."
            : FormattableString.Invariant(
                $"{App}, {Points.Count} report(s): latest {latest.RequestsPerMinute:0.#} req/min, {latest.ServerErrorRate:0.##%} 5xx, p95 {latest.P95Ms?.ToString("0", CultureInfo.InvariantCulture) ?? "–"} ms, memory {latest.MemoryMb?.ToString("0", CultureInfo.InvariantCulture) ?? "–"} MB; {against}; {Points.Count(p => p.Alerted)} report(s) alerted.");
    }
}
