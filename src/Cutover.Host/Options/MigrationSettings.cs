namespace Cutover.Host.Options;

/// <summary>Section <c>Migration</c>: what the step executors put on the apps.</summary>
public sealed class MigrationSettings
{
    public const string Section = "Migration";

    /// <summary>Set as <c>MAINTENANCE_PAGE_URL</c> on the source app (step 1).</summary>
    public string? MaintenancePageUrl { get; set; }

    /// <summary>Set as <c>ERROR_PAGE_URL</c> on the source app when given.</summary>
    public string? ErrorPageUrl { get; set; }

    /// <summary>How long the deploy step waits for the copied release.</summary>
    public TimeSpan? ReleaseTimeout { get; set; }
}
