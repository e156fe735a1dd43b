using Cutover.Core.Approvals;

namespace Cutover.Infrastructure.Heroku;

/// <summary>
/// <see cref="ISourceFingerprints"/> over the Platform API: one call per aspect asked for, all in parallel (the newest
/// release by <c>Range: version ..; max=1, order=desc</c>, the formation, the add-ons, the domains).
/// </summary>
internal sealed class HerokuSourceFingerprints(IReleasesApi releases, IFormationApi formation, IAddOnsApi addOns, IDomainsApi domains)
    : ISourceFingerprints
{
    public async Task<SourceFingerprint> ReadAsync(string app, SourceAspect aspects, CancellationToken cancellationToken)
    {
        var release = aspects.HasFlag(SourceAspect.Release) ? NewestReleaseAsync(app, cancellationToken) : Task.FromResult<ReleaseInfo?>(null);
        var formationRead = aspects.HasFlag(SourceAspect.Formation)
            ? HerokuSourceReader.ListAsync<Formation>((range, ct) => formation.ListAsync(app, range, ct), cancellationToken)
            : Task.FromResult(new List<Formation>());
        var addOnsRead = aspects.HasFlag(SourceAspect.Addons)
            ? HerokuSourceReader.ListAsync<AddOn>((range, ct) => addOns.ListAsync(app, range, ct), cancellationToken)
            : Task.FromResult(new List<AddOn>());
        var domainsRead = aspects.HasFlag(SourceAspect.Domains)
            ? HerokuSourceReader.ListAsync<Domain>((range, ct) => domains.ListAsync(app, range, ct), cancellationToken)
            : Task.FromResult(new List<Domain>());
        await Task.WhenAll(release, formationRead, addOnsRead, domainsRead).ConfigureAwait(false);

        return SourceFingerprint.Of(
            aspects,
            await release.ConfigureAwait(false),
            (await formationRead.ConfigureAwait(false)).Select(f => new FormationEntry(f.Type, f.Quantity, f.DynoSize?.Name ?? f.Size ?? string.Empty)),
            (await addOnsRead.ConfigureAwait(false)).Select(a => new AddonInfo(a.Id, a.Name,
                a.AddonService?.Name ?? HerokuSourceReader.ServicePart(a.Plan?.Name), HerokuSourceReader.PlanPart(a.Plan?.Name), [], [], false)),
            (await domainsRead.ConfigureAwait(false)).Where(HerokuSourceReader.IsCustom).Select(d => new DomainInfo(d.Hostname, d.Cname, null)));
    }

    private async Task<ReleaseInfo?> NewestReleaseAsync(string app, CancellationToken cancellationToken)
    {
        using var response = await releases.ListAsync(app, HerokuRange.Newest("version").ToString(), cancellationToken).ConfigureAwait(false);
        if (response.Error is { } error)
            throw error;
        return response.Content?.FirstOrDefault() is { } newest ? new ReleaseInfo(newest.Version, newest.Status, newest.Slug?.Id, null) : null;
    }
}
