using Cutover.Infrastructure.Heroku.Http;
using Cutover.Steps.Addons;

namespace Cutover.Steps.MaintenanceOn;

/// <summary>
/// Reads what the cutover-window estimate needs, read-only: the source's custom domains and data add-ons
/// (<c>GET /apps/{source}/domains</c>, <c>GET /apps/{source}/addons</c>), the follower's lag from the Data API
/// (the add-on recorded by the add-ons step), and the median latency of this run's recent Heroku calls (the process's
/// when the run has made none yet).
/// </summary>
internal sealed class CutoverWindowProbe(
    IDomainsApi domains,
    IAddOnsApi addOns,
    IPostgresDataApi postgres,
    IRunFacts facts,
    ApiLatency latency) : ICutoverWindowProbe
{
    public async Task<CutoverWindowInputs> MeasureAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var hosts = await HerokuPaging.ListAllAsync<Domain>((range, ct) => domains.ListAsync(run.SourceApp, range, ct), cancellationToken).ConfigureAwait(false);
        var addons = await HerokuPaging.ListAllAsync<AddOn>((range, ct) => addOns.ListAsync(run.SourceApp, range, ct), cancellationToken).ConfigureAwait(false);
        var follower = await facts.GetAsync(run.Id, AddonsStep.FollowerFact, cancellationToken).ConfigureAwait(false);
        long? lag = null;
        if (follower is not null)
            lag = AddonsStep.Lag(await postgres.GetAsync(follower, cancellationToken).ConfigureAwait(false));
        var (median, samples, ofRun) = latency.MedianFor(run.Id);
        return new CutoverWindowInputs(
            hosts.Count(d => string.Equals(d.Kind, "custom", StringComparison.Ordinal) && !d.Hostname.EndsWith(".herokuapp.com", StringComparison.OrdinalIgnoreCase)),
            lag,
            follower is not null,
            addons.Count(a => Service(a) == "heroku-redis"),
            addons.Count(a => Service(a) == "heroku-kafka"),
            median,
            samples,
            ofRun);
    }

    private static string? Service(AddOn addOn) => addOn.AddonService?.Name ?? addOn.Plan?.Name?.Split(':', 2)[0];
}
