using Cutover.Steps.Domains;

namespace Cutover.Steps.GoLive;

/// <summary>
/// The moved domains' HTTPS after go-live: Heroku's ACM issues a certificate per custom domain once DNS points at the
/// new app, so the wait belongs after the DNS switch. Polls <c>GET /apps/{target}/domains</c> until every domain not
/// served by an uploaded certificate has <c>acm_status</c> <c>cert issued</c> (or <c>failed</c>), at most
/// <see cref="MigrationOptions.AcmTimeout"/>, then says which hostnames HTTPS fails for and since when.
/// </summary>
public sealed class AcmCertificates(IDomainsApi domains, IRunFacts facts, MigrationOptions options, TimeProvider clock)
{
    private const string Issued = "cert issued";
    private const string Failed = "failed";

    /// <summary>A sentence for the go-live outcome; empty when the target has no custom domain on ACM.</summary>
    public async Task<string> AwaitAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var target = run.TargetApp;
        var first = await ReadAsync(target, cancellationToken).ConfigureAwait(false);
        if (first.Count == 0)
            return string.Empty;
        var deadline = clock.GetUtcNow() + options.AcmTimeout;
        var last = await Polling.UntilAsync(first, ct => ReadAsync(target, ct), d => d.All(x => x.AcmStatus is Issued or Failed), deadline,
            Polling.Quick, clock, cancellationToken).ConfigureAwait(false);

        var sentences = new List<string>();
        if (last.Where(d => d.AcmStatus == Issued).Select(d => d.Hostname).ToList() is { Count: > 0 } issued)
            sentences.Add($"HTTPS: ACM issued the certificates of {StepReads.Names(issued)}.");
        foreach (var failed in last.Where(d => d.AcmStatus == Failed))
        {
            sentences.Add($"HTTPS fails for {failed.Hostname}: ACM failed ({failed.AcmStatusReason ?? "no reason given"}). Make its DNS point at "
                          + $"{failed.Cname} (and any CAA record allow Let's Encrypt), then run `heroku certs:auto:refresh -a {target}`.");
        }

        if (last.Where(d => d.AcmStatus is not (Issued or Failed)).Select(d => d.Hostname).ToList() is { Count: > 0 } pending)
            sentences.Add(await PendingAsync(run, pending, cancellationToken).ConfigureAwait(false));
        return string.Join(" ", sentences);
    }

    private async Task<string> PendingAsync(Run run, List<string> pending, CancellationToken cancellationToken)
    {
        var since = await facts.GetAsync(run.Id, DomainsStep.AcmSinceFact, cancellationToken).ConfigureAwait(false) is { } recorded
                    && DateTimeOffset.TryParse(recorded, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? $" for {(int)(clock.GetUtcNow() - at).TotalMinutes} min (since {at.UtcDateTime:HH:mm} UTC, when the domains moved)"
            : string.Empty;
        return $"HTTPS fails for {StepReads.Names(pending)} until ACM issues their certificates: pending{since}. Heroku issues them once DNS "
               + $"points at {run.TargetApp}; check with `heroku certs:auto -a {run.TargetApp}`.";
    }

    /// <summary>The target's custom domains that ACM serves (not those on an uploaded certificate).</summary>
    private async Task<List<Domain>> ReadAsync(string target, CancellationToken cancellationToken) =>
    [
        .. (await HerokuPaging.ListAllAsync<Domain>((range, ct) => domains.ListAsync(target, range, ct), cancellationToken).ConfigureAwait(false))
            .Where(d => string.Equals(d.Kind, "custom", StringComparison.Ordinal) && d.SniEndpoint is null && !d.Hostname.EndsWith(".herokuapp.com", StringComparison.OrdinalIgnoreCase)),
    ];
}
