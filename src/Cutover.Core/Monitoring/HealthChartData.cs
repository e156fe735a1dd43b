namespace Cutover.Core.Monitoring;

/// <summary>What a health report's chart shows: the new app's reports so far against the source's pre-cutover baseline.</summary>
/// <param name="App">The new app.</param>
/// <param name="Points">One per report so far, by slot.</param>
/// <param name="Baseline">The source app's figures before maintenance; null when none were captured.</param>
/// <param name="ServerErrorRateLimit">The 5xx rate above which a report alerts (drawn as a threshold).</param>
/// <param name="Final">Whether this is the final report's chart of the whole window.</param>
public sealed record HealthChartData(string App, IReadOnlyList<HealthPoint> Points, HealthPoint? Baseline, double ServerErrorRateLimit, bool Final)
{
    /// <summary>Most alerted reports named in the verdict; the rest are counted.</summary>
    public const int MaxReportsNamed = 8;

    /// <summary>Whether any report so far alerted.</summary>
    public bool Alerted => Points.Any(p => p.Alerted);

    /// <summary>
    /// The window's verdict: healthy when no report alerted, otherwise which reports did (the final report states it
    /// and draws it over the chart of the whole window).
    /// </summary>
    public string Verdict()
    {
        var alerted = Points.Where(p => p.Alerted).Select(p => p.Slot).ToList();
        var reports = $"{Points.Count.ToString(CultureInfo.InvariantCulture)} report(s)";
        if (alerted.Count == 0)
            return $"Healthy: none of the {reports} alerted.";
        var named = string.Join(", ", alerted.Take(MaxReportsNamed).Select(s => s.ToString(CultureInfo.InvariantCulture)));
        if (alerted.Count > MaxReportsNamed)
            named += $" and {(alerted.Count - MaxReportsNamed).ToString(CultureInfo.InvariantCulture)} more";
        return $"Look before decommissioning: {alerted.Count.ToString(CultureInfo.InvariantCulture)} of the {reports} alerted (report {named}).";
    }

    /// <summary>A short text of the same figures, for screen readers and notifications.</summary>
    public string Describe()
    {
        var latest = Points.Count == 0 ? null : Points[^1];
        var against = Baseline is null ? "no baseline" : $"baseline {Baseline.RequestsPerMinute:0.#} req/min, {Baseline.ServerErrorRate:0.##%} 5xx";
        var figures = latest is null
            ? $"No reports for {App} yet ({against})."
            : FormattableString.Invariant(
                $"{App}, {Points.Count} report(s): latest {latest.RequestsPerMinute:0.#} req/min, {latest.ServerErrorRate:0.##%} 5xx, p95 {latest.P95Ms?.ToString("0", CultureInfo.InvariantCulture) ?? "–"} ms, memory {latest.MemoryMb?.ToString("0", CultureInfo.InvariantCulture) ?? "–"} MB; {against}; {Points.Count(p => p.Alerted)} report(s) alerted.");
        return Final ? $"Whole window. {Verdict()} {figures}" : figures;
    }
}
