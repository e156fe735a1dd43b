namespace Cutover.Core.Monitoring;

/// <summary>
/// One health report's figures, as a chart plots them: requests per minute, the 5xx rate (0–1), the p95 service time and
/// the highest dyno memory seen; null where the window had no such line.
/// </summary>
public sealed record HealthPoint(int Slot, double RequestsPerMinute, double ServerErrorRate, double? P95Ms, double? MemoryMb, bool Alerted)
{
    /// <summary>The figures of <paramref name="summary"/> (report <paramref name="slot"/>; 0 for the baseline).</summary>
    public static HealthPoint Of(int slot, TrafficSummary summary, bool alerted)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var minutes = summary.Window is { TotalMinutes: > 0 } window ? window.TotalMinutes : 1;
        var memory = summary.DynoTypes.Where(t => t.MemorySamples > 0).Select(t => (double?)t.MemoryMaxMb).Max();
        return new HealthPoint(slot, summary.Requests / minutes, summary.ServerErrorRate, summary.ServiceTime?.P95Ms, memory, alerted);
    }
}
