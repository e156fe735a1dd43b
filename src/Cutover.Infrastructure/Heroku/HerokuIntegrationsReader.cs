namespace Cutover.Infrastructure.Heroku;

/// <summary>
/// Reads what surrounds a source app for the plan's parity table, all in parallel: its log drains, collaborators
/// (with their team-app permissions), webhooks, pipeline coupling (then the pipeline's name) and SNI endpoints — 5
/// calls, 6 when the app is in a pipeline. Add-on drains are left out (they come with their add-on), and so are the
/// owner and the team's admins (they have access through their role: the target's owner is the space's team). Lists are sorted ordinally to keep the snapshot deterministic.
/// </summary>
public sealed class HerokuIntegrationsReader(
    ILogDrainsApi drains,
    ICollaboratorsApi collaborators,
    IAppWebhooksApi webhooks,
    IPipelinesApi pipelines,
    ISniEndpointsApi sniEndpoints)
{
    /// <summary>Roles that hold access through the team (or ownership), not through a grant on the app; they are not listed.</summary>
    private static readonly HashSet<string> AccessByRole = new(StringComparer.OrdinalIgnoreCase) { "owner", "admin" };

    /// <summary>The integrations of <paramref name="app"/> (as <c>GET /apps/{app}</c> answered it).</summary>
    public async Task<AppIntegrations> ReadAsync(App app, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(app);
        var name = app.Name;
        var drainsRead = HerokuPaging.ListAllAsync<LogDrain>((range, ct) => drains.ListAsync(name, range, ct), cancellationToken);
        var peopleRead = HerokuPaging.ListAllAsync<Collaborator>((range, ct) => collaborators.ListAsync(name, range, ct), cancellationToken);
        var hooksRead = HerokuPaging.ListAllAsync<AppWebhook>((range, ct) => webhooks.ListAsync(name, range, ct), cancellationToken);
        var stageRead = ReadStageAsync(name, cancellationToken);
        var certificatesRead = HerokuPaging.ListAllAsync<SniEndpoint>((range, ct) => sniEndpoints.ListAsync(name, range, ct), cancellationToken);
        await Task.WhenAll(drainsRead, peopleRead, hooksRead, stageRead, certificatesRead).ConfigureAwait(false);

        return new AppIntegrations(
            [.. (await drainsRead.ConfigureAwait(false))
                .Where(d => d.Addon is null)
                .Select(d => new LogDrainInfo(d.Url, d.Token))
                .OrderBy(d => d.Url, StringComparer.Ordinal)],
            [.. (await peopleRead.ConfigureAwait(false))
                .Where(c => (c.Role is null || !AccessByRole.Contains(c.Role)) && c.User?.Email is not null)
                .Select(c => new CollaboratorInfo(c.User!.Email!, [.. c.Permissions.Select(p => p.Name).OfType<string>().Order(StringComparer.Ordinal)]))
                .OrderBy(c => c.Email, StringComparer.Ordinal)],
            [.. (await hooksRead.ConfigureAwait(false))
                .Select(h => new WebhookInfo(h.Url, [.. h.Include.Order(StringComparer.Ordinal)], h.Level))
                .OrderBy(h => h.Url, StringComparer.Ordinal)],
            await stageRead.ConfigureAwait(false),
            [.. (await certificatesRead.ConfigureAwait(false)).Select(e => e.Name).Order(StringComparer.Ordinal)],
            app.Acm);
    }

    /// <summary>The app's pipeline stage, or null when Heroku says it is in no pipeline (404).</summary>
    private async Task<PipelineStageInfo?> ReadStageAsync(string app, CancellationToken cancellationToken)
    {
        PipelineCoupling coupling;
        try
        {
            coupling = await pipelines.GetCouplingAsync(app, cancellationToken).ConfigureAwait(false);
        }
        catch (HerokuApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        var id = coupling.Pipeline?.Id ?? coupling.Pipeline?.Name;
        var name = id is null ? "an unnamed pipeline" : (await pipelines.GetAsync(id, cancellationToken).ConfigureAwait(false)).Name;
        return new PipelineStageInfo(name, coupling.Stage, coupling.Pipeline?.Id);
    }
}
