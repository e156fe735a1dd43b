namespace Cutover.Infrastructure.Monitoring;

/// <summary>
/// Section <c>Monitoring</c>: how often and how long health reports are posted after go-live, how much log each one
/// reads, and when a report alerts.
/// </summary>
public sealed class MonitoringOptions
{
    public const string Section = "Monitoring";

    /// <summary>Time between health reports (default 15 min).</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long after go-live reports are posted (default 24 h); the last one closes the window.</summary>
    public TimeSpan Duration { get; set; } = TimeSpan.FromHours(24);

    /// <summary>Log history per report (0–1,500 lines; Heroku keeps 1,500).</summary>
    public int RecentLines { get; set; } = LogWindow.MaxRecentLines;

    /// <summary>Also read new lines after the history, up to <see cref="MaxReadDuration"/>.</summary>
    public bool Tail { get; set; }

    /// <summary>Longest a report's read of the log may take.</summary>
    public TimeSpan MaxReadDuration { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Most lines a report reads.</summary>
    public int MaxLines { get; set; } = 100_000;

    /// <summary>Codes that alert at any count (default H10, H14, H20, H99, R14, R15).</summary>
    public IList<string> AlertCodes { get; } = [.. HerokuErrorCodes.AlwaysAlert];

    /// <summary>The 5xx rate alerts above the baseline's times this (default 2).</summary>
    public double ServerErrorRateFactor { get; set; } = 2.0;

    /// <summary>The 5xx rate never alerts at or below this fraction (default 0.01).</summary>
    public double MinimumServerErrorRate { get; set; } = 0.01;

    /// <summary>The log window each report reads (router and platform lines only).</summary>
    public LogWindow Window() => new()
    {
        RecentLines = RecentLines,
        Tail = Tail,
        MaxDuration = MaxReadDuration,
        MaxLines = MaxLines,
    };

    /// <summary>The alert rules.</summary>
    public HealthRules Rules() => new()
    {
        AlertCodes = [.. AlertCodes],
        ServerErrorRateFactor = ServerErrorRateFactor,
        MinimumServerErrorRate = MinimumServerErrorRate,
    };
}
