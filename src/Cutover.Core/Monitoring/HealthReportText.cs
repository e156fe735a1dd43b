using System.Text;

namespace Cutover.Core.Monitoring;

/// <summary>Renders a <see cref="HealthReport"/>: alerts first, then the comparison with the baseline.</summary>
public static class HealthReportText
{
    /// <summary>The alert lines (or "No alerts.") and the key figures next to the baseline's; "\n"-separated.</summary>
    public static string Render(HealthReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var text = new StringBuilder();
        if (report.HasAlerts)
        {
            text.Append(Inv($"Alerts ({report.Alerts.Count}):\n"));
            foreach (var alert in report.Alerts)
                text.Append("  ⚠ ").Append(alert.Text).Append('\n');
        }
        else
            text.Append("No alerts.\n");

        var current = report.Current;
        if (report.Baseline is not { } baseline)
        {
            text.Append("No baseline was captured before the cutover; the 5xx limit is ")
                .Append(HealthComparison.Percent(report.ServerErrorRateLimit)).Append('.');
            return text.ToString();
        }

        text.Append("Compared with the baseline (source app before the cutover):\n");
        text.Append(Inv($"  Requests: {TrafficSummaryText.N(current.Requests)} (baseline {TrafficSummaryText.N(baseline.Requests)})\n"));
        text.Append(Inv($"  5xx rate: {HealthComparison.Percent(current.ServerErrorRate)} (baseline {HealthComparison.Percent(baseline.ServerErrorRate)}, limit {HealthComparison.Percent(report.ServerErrorRateLimit)})\n"));
        text.Append(Inv($"  p95: {Ms(current.ServiceTime?.P95Ms)} (baseline {Ms(baseline.ServiceTime?.P95Ms)})\n"));
        text.Append(Inv($"  p99: {Ms(current.ServiceTime?.P99Ms)} (baseline {Ms(baseline.ServiceTime?.P99Ms)})"));
        return text.ToString();
    }

    private static string Ms(long? value) => value is { } ms ? TrafficSummaryText.Ms(ms) : "n/a";

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
