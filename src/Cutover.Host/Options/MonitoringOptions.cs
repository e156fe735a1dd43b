namespace Cutover.Host.Options;

/// <summary><c>Monitoring</c> section: the health reports after go-live.</summary>
public sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    public TimeSpan Duration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>An alert is raised when the 5xx rate exceeds the baseline's by this factor.</summary>
    public double ServerErrorRateFactor { get; set; } = 2.0;
}
