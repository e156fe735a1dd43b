namespace Cutover.Core.Monitoring;

/// <summary>Compares a post-cutover summary with the baseline and decides what alerts.</summary>
public static class HealthComparison
{
    /// <summary>
    /// Alerts on every code in <see cref="HealthRules.AlertCodes"/> that appeared, and on a 5xx rate above
    /// <see cref="HealthRules.ServerErrorRateLimit"/>.
    /// </summary>
    public static HealthReport Compare(TrafficSummary current, TrafficSummary? baseline, HealthRules? rules = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        rules ??= new HealthRules();
        var alerts = new List<HealthAlert>();
        foreach (var error in current.ErrorCodes.Where(e => rules.AlertCodes.Contains(e.Code)).OrderBy(e => e.Code, StringComparer.Ordinal))
        {
            var before = baseline?.CountOf(error.Code) ?? 0;
            var text = string.Create(CultureInfo.InvariantCulture, $"{error.Code} ×{error.Count:N0}: {error.Meaning}")
                + (baseline is null ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" (baseline ×{before:N0})"));
            alerts.Add(new HealthAlert(HealthAlertKind.ErrorCode, text, error.Code));
        }

        var limit = rules.ServerErrorRateLimit(baseline);
        if (current.ServerErrorRate > limit)
        {
            var why = baseline is null || baseline.ServerErrorRate * rules.ServerErrorRateFactor < rules.MinimumServerErrorRate
                ? $"the floor {Percent(rules.MinimumServerErrorRate)}"
                : string.Create(CultureInfo.InvariantCulture, $"{rules.ServerErrorRateFactor:0.##}× the baseline {Percent(baseline.ServerErrorRate)}");
            alerts.Add(new HealthAlert(HealthAlertKind.ServerErrorRate, string.Create(CultureInfo.InvariantCulture,
                $"5xx rate {Percent(current.ServerErrorRate)} ({current.Statuses.ServerError:N0} of {current.Requests:N0}) is above {why}")));
        }

        return new HealthReport(current, baseline, alerts, limit);
    }

    internal static string Percent(double fraction) => (fraction * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";
}
