namespace Cutover.Infrastructure.Heroku.Steps;

/// <summary>Choices the step executors apply to every migration.</summary>
public sealed record MigrationOptions
{
    /// <summary>Set as <c>MAINTENANCE_PAGE_URL</c> on the source app by <c>maintenance-page</c> (DC:error-pages).</summary>
    public string MaintenancePageUrl { get; init; } = "https://www.herokucdn.com/error-pages/maintenance.html";

    /// <summary>Set as <c>ERROR_PAGE_URL</c> on the source app by <c>maintenance-page</c>; null leaves it alone.</summary>
    public string? ErrorPageUrl { get; init; }

    /// <summary>How long <c>deploy</c> waits for the copied release to succeed before it reports a failure.</summary>
    public TimeSpan ReleaseTimeout { get; init; } = TimeSpan.FromMinutes(15);
}
