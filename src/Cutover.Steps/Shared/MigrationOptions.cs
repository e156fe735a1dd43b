namespace Cutover.Steps;

/// <summary>Section <c>Migration</c>: choices the steps apply to every migration.</summary>
public sealed record MigrationOptions
{
    public const string Section = "Migration";

    /// <summary>Set as <c>MAINTENANCE_PAGE_URL</c> on the source app by <c>maintenance-page</c> (DC:error-pages).</summary>
    public string MaintenancePageUrl { get; set; } = "https://www.herokucdn.com/error-pages/maintenance.html";

    /// <summary>Set as <c>ERROR_PAGE_URL</c> on the source app by <c>maintenance-page</c>; null leaves it alone.</summary>
    public string? ErrorPageUrl { get; set; }

    /// <summary>How long <c>deploy</c> waits for the copied release to succeed before it reports a failure.</summary>
    public TimeSpan ReleaseTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long <c>addons</c> and <c>data-cutover</c> wait for a new add-on (and the follower's <c>wait_status</c>) before they report a failure.</summary>
    public TimeSpan AddonTimeout { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long <c>data-cutover</c> waits for the Postgres follower's lag (<c>Behind By</c>) to reach 0 before it reports a failure.</summary>
    public TimeSpan LagTimeout { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long <c>go-live</c> waits for every target dyno to be up before it reports a failure.</summary>
    public TimeSpan SmokeTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long <c>go-live</c> waits for ACM to issue the moved domains' certificates (Heroku issues them once DNS points at
    /// the new app) before it says which hostnames HTTPS still fails for, and since when.
    /// </summary>
    public TimeSpan AcmTimeout { get; set; } = TimeSpan.FromMinutes(10);
}

/// <summary>The <c>Migration</c> section's rules; each failure names the setting.</summary>
public sealed class MigrationOptionsValidation : IValidateOptions<MigrationOptions>
{
    public ValidateOptionsResult Validate(string? name, MigrationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        foreach (var (url, key) in new[] { (options.MaintenancePageUrl, "MaintenancePageUrl"), (options.ErrorPageUrl, "ErrorPageUrl") })
        {
            if (url is not null && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps))
                failures.Add($"Migration:{key} must be an absolute https URL (Heroku serves it to visitors).");
        }

        foreach (var (timeout, key) in new[]
                 {
                     (options.ReleaseTimeout, "ReleaseTimeout"), (options.AddonTimeout, "AddonTimeout"),
                     (options.LagTimeout, "LagTimeout"), (options.SmokeTimeout, "SmokeTimeout"), (options.AcmTimeout, "AcmTimeout"),
                 })
        {
            if (timeout <= TimeSpan.Zero || timeout > TimeSpan.FromHours(12))
                failures.Add($"Migration:{key} must be between 00:00:01 and 12:00:00.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
