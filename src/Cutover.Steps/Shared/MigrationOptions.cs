namespace Cutover.Steps;

/// <summary>Choices the step executors apply to every migration.</summary>
public sealed record MigrationOptions
{
    /// <summary>Set as <c>MAINTENANCE_PAGE_URL</c> on the source app by <c>maintenance-page</c> (DC:error-pages).</summary>
    public string MaintenancePageUrl { get; init; } = "https://www.herokucdn.com/error-pages/maintenance.html";

    /// <summary>Set as <c>ERROR_PAGE_URL</c> on the source app by <c>maintenance-page</c>; null leaves it alone.</summary>
    public string? ErrorPageUrl { get; init; }

    /// <summary>How long <c>deploy</c> waits for the copied release to succeed before it reports a failure.</summary>
    public TimeSpan ReleaseTimeout { get; init; } = TimeSpan.FromMinutes(15);

    /// <summary>How long <c>addons</c> and <c>data-cutover</c> wait for a new add-on (and the follower's <c>wait_status</c>) before they report a failure.</summary>
    public TimeSpan AddonTimeout { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>How long <c>data-cutover</c> waits for the Postgres follower's lag (<c>Behind By</c>) to reach 0 before it reports a failure.</summary>
    public TimeSpan LagTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>How long <c>go-live</c> waits for every target dyno to be up before it reports a failure.</summary>
    public TimeSpan SmokeTimeout { get; init; } = TimeSpan.FromMinutes(5);
}
