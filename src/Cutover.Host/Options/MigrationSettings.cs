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

    /// <summary>How long the add-ons step waits for provisioning.</summary>
    public TimeSpan? AddonTimeout { get; set; }

    /// <summary>How long the data cutover waits for the follower's lag to reach zero.</summary>
    public TimeSpan? LagTimeout { get; set; }

    /// <summary>How long go-live waits for every dyno to be up.</summary>
    public TimeSpan? SmokeTimeout { get; set; }
}
