using Cutover.Core.Results;

namespace Cutover.Infrastructure.Heroku;

/// <summary>
/// The Core port <see cref="IMigrationInspector"/> over the Platform API clients: preflight's read-only look at the
/// source app and the target space. It reads in waves so that nothing is spent on a name Heroku does not know:
/// <list type="number">
/// <item><c>GET /apps/{app}</c> and <c>GET /spaces/{space}</c>, in parallel;</item>
/// <item>the app's lists (<see cref="HerokuSourceReader"/>), what surrounds it (<see cref="HerokuIntegrationsReader"/>)
/// and the space's NAT, dyno sizes and inbound rules (<see cref="HerokuSpaceReader"/>), in parallel;</item>
/// <item>once the app's add-ons are known, <c>GET /addon-services/{service}/plans</c> for each distinct service, in
/// parallel, while the space reads may still be running.</item>
/// </list>
/// For the seed's <c>demo-app</c> → <c>demo-space</c> that is 24 calls.
/// A 404 on the app or the space is a <see cref="Refusal"/>; a 403 anywhere is a refusal that keeps Heroku's message;
/// anything else (401, 5xx after retries, network) is thrown as an operational fault.
/// </summary>
internal sealed class HerokuMigrationInspector(
    IAppsApi apps,
    ISpacesApi spaces,
    IAddOnServicesApi addOnServices,
    HerokuSourceReader sourceReader,
    HerokuIntegrationsReader integrationsReader,
    HerokuSpaceReader spaceReader) : IMigrationInspector
{
    /// <inheritdoc />
    public async Task<Result<PlanningInput>> InspectAsync(string sourceApp, string targetSpace, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceApp);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetSpace);
        var noApp = $"Heroku has no app named {sourceApp}, or the token cannot see it.";
        var noSpace = $"Heroku has no space named {targetSpace}, or the token cannot see it.";
        try
        {
            var appRead = FoundOrRefusedAsync(apps.GetAsync(sourceApp, cancellationToken), noApp);
            var spaceRead = FoundOrRefusedAsync(spaces.GetAsync(targetSpace, cancellationToken), noSpace);
            await Task.WhenAll(appRead, spaceRead).ConfigureAwait(false);
            var (app, space) = (await appRead.ConfigureAwait(false), await spaceRead.ConfigureAwait(false));
            if (app.IsRefused || space.IsRefused)
                return Result<PlanningInput>.Refuse(string.Join(' ', new[] { app.Refusal, space.Refusal }.OfType<Refusal>().Select(r => r.Reason)));

            // A 404 after the first wave means the app or space vanished while we read it.
            var sourceRead = FoundOrRefusedAsync(ReadSourceAndPlansAsync(app.Value, cancellationToken), noApp);
            var targetRead = FoundOrRefusedAsync(spaceReader.ReadAsync(space.Value, cancellationToken), noSpace);
            await Task.WhenAll(sourceRead, targetRead).ConfigureAwait(false);
            var (source, target) = (await sourceRead.ConfigureAwait(false), await targetRead.ConfigureAwait(false));
            if (source.IsRefused)
                return source.Refusal;
            if (target.IsRefused)
                return target.Refusal;
            return new PlanningInput(source.Value.Snapshot, target.Value, source.Value.Plans);
        }
        catch (HerokuApiException exception) when (exception.StatusCode == HttpStatusCode.Forbidden)
        {
            return Result<PlanningInput>.Refuse($"Heroku refused {exception.Method} {exception.Path}: {exception.Message}");
        }
    }

    private static async Task<Result<T>> FoundOrRefusedAsync<T>(Task<T> read, string refusal)
    {
        try
        {
            return Result<T>.Ok(await read.ConfigureAwait(false));
        }
        catch (HerokuApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return Result<T>.Refuse(refusal);
        }
    }

    private async Task<SourceWithPlans> ReadSourceAndPlansAsync(App app, CancellationToken cancellationToken)
    {
        var integrations = integrationsReader.ReadAsync(app, cancellationToken);
        var snapshot = await sourceReader.ReadAsync(app, cancellationToken).ConfigureAwait(false) with
        {
            Integrations = await integrations.ConfigureAwait(false),
        };
        var services = snapshot.Addons.Select(a => a.Service).Where(s => s.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        var plans = await Task.WhenAll(services.Select(s => ReadPlansAsync(s, cancellationToken))).ConfigureAwait(false);
        var byService = new Dictionary<string, IReadOnlyList<AddonPlanInfo>>(StringComparer.Ordinal);
        foreach (var (service, list) in services.Zip(plans))
            byService[service] = list;
        return new SourceWithPlans(snapshot, byService);
    }

    /// <summary>Every plan of a service; a service the catalogue does not know (404) has none, so the planner finds no home for it.</summary>
    private async Task<IReadOnlyList<AddonPlanInfo>> ReadPlansAsync(string service, CancellationToken cancellationToken)
    {
        try
        {
            var plans = await HerokuPaging
                .ReadAllAsync((range, ct) => addOnServices.ListPlansAsync(service, range, ct), cancellationToken: cancellationToken)
                .ToListAsync(cancellationToken)
                .ConfigureAwait(false);
            return [.. plans.Select(p => new AddonPlanInfo(
                service,
                HerokuSourceReader.PlanPart(p.Name),
                p.InstallableInsidePrivateNetwork,
                p.InstallableOutsidePrivateNetwork,
                p.SpaceDefault,
                p.Price?.Cents ?? 0,
                p.Compliance ?? []))];
        }
        catch (HerokuApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return [];
        }
    }

    private sealed record SourceWithPlans(SourceSnapshot Snapshot, IReadOnlyDictionary<string, IReadOnlyList<AddonPlanInfo>> Plans);
}
