namespace Cutover.Steps.CreateApp;

/// <summary>
/// Carries what surrounds the source onto the target: its log drains (<c>POST /apps/{target}/log-drains</c>), the
/// people with access and their permissions (<c>POST</c>/<c>PATCH /teams/apps/{target}/collaborators</c>), its
/// webhooks (<c>POST /apps/{target}/webhooks</c>) and its pipeline stage (<c>POST /pipeline-couplings</c>). Both apps
/// are read first and only what the target lacks is done, so a run after a crash finishes what is left. A refusal
/// for one item (a person Heroku cannot add) is noted, not fatal: the parity check after go-live shows it.
/// URLs may carry tokens, so notes show them by scheme and host only.
/// </summary>
public sealed class IntegrationsCarrier(
    IAppsApi apps,
    HerokuIntegrationsReader reader,
    ILogDrainsApi drains,
    ICollaboratorsApi collaborators,
    IAppWebhooksApi webhooks,
    IPipelinesApi pipelines)
{
    /// <summary>One note per kind the source has, in the order drains, access, webhooks, pipeline.</summary>
    public async Task<IReadOnlyList<string>> CarryAsync(string source, string target, CancellationToken cancellationToken)
    {
        var sourceRead = ReadAsync(source, cancellationToken);
        var targetRead = ReadAsync(target, cancellationToken);
        var (from, to) = (await sourceRead.ConfigureAwait(false), await targetRead.ConfigureAwait(false));
        var notes = new List<string?>
        {
            await CarryDrainsAsync(from.Drains, to.Drains, target, cancellationToken).ConfigureAwait(false),
            await CarryAccessAsync(from.Collaborators, to.Collaborators, target, cancellationToken).ConfigureAwait(false),
            await CarryWebhooksAsync(from.Webhooks, to.Webhooks, target, cancellationToken).ConfigureAwait(false),
            await CarryPipelineAsync(from.Pipeline, to.Pipeline, target, cancellationToken).ConfigureAwait(false),
        };
        return [.. notes.OfType<string>()];
    }

    private async Task<AppIntegrations> ReadAsync(string app, CancellationToken cancellationToken) =>
        await reader.ReadAsync(await apps.GetAsync(app, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private async Task<string?> CarryDrainsAsync(IReadOnlyList<LogDrainInfo> wanted, IReadOnlyList<LogDrainInfo> present, string target,
        CancellationToken cancellationToken)
    {
        if (wanted.Count == 0)
            return null;
        var missing = wanted.Where(d => present.All(p => !string.Equals(p.Url, d.Url, StringComparison.Ordinal))).ToList();
        foreach (var drain in missing)
            await drains.CreateAsync(target, new LogDrainCreate(drain.Url), cancellationToken).ConfigureAwait(false);
        return missing.Count == 0
            ? $"Log drains already in place ({wanted.Count})."
            : $"Added log drains: {string.Join(", ", missing.Select(d => d.Host))}.";
    }

    private async Task<string?> CarryAccessAsync(IReadOnlyList<CollaboratorInfo> wanted, IReadOnlyList<CollaboratorInfo> present, string target,
        CancellationToken cancellationToken)
    {
        if (wanted.Count == 0)
            return null;
        var (done, refused) = (new List<string>(), new List<string>());
        foreach (var person in wanted)
        {
            var permissions = person.TeamAppPermissions;
            var there = present.FirstOrDefault(p => string.Equals(p.Email, person.Email, StringComparison.OrdinalIgnoreCase));
            if (there is not null && there.Permissions.Order(StringComparer.Ordinal).SequenceEqual(permissions.Order(StringComparer.Ordinal), StringComparer.Ordinal))
                continue;
            try
            {
                if (there is null)
                    await collaborators.CreateOnTeamAppAsync(target, new TeamAppCollaboratorCreate(person.Email, permissions), cancellationToken).ConfigureAwait(false);
                else
                    await collaborators.UpdateOnTeamAppAsync(target, person.Email, new TeamAppCollaboratorUpdate(permissions), cancellationToken).ConfigureAwait(false);
                done.Add($"{person.Email} ({string.Join(", ", permissions)})");
            }
            catch (HerokuApiException exception) when (exception.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.UnprocessableEntity or HttpStatusCode.Forbidden)
            {
                refused.Add($"{person.Email} ({exception.Message})");
            }
        }

        var note = done.Count == 0 ? $"Access already in place ({wanted.Count})." : $"Gave access: {string.Join("; ", done)}.";
        return refused.Count == 0 ? note : $"{note} Heroku refused access for {string.Join("; ", refused)}: add them by hand with `heroku access:add`.";
    }

    private async Task<string?> CarryWebhooksAsync(IReadOnlyList<WebhookInfo> wanted, IReadOnlyList<WebhookInfo> present, string target,
        CancellationToken cancellationToken)
    {
        if (wanted.Count == 0)
            return null;
        var missing = wanted.Where(h => present.All(p => !string.Equals(p.Url, h.Url, StringComparison.Ordinal))).ToList();
        var created = new List<string>();
        foreach (var hook in missing)
        {
            var made = await webhooks.CreateAsync(target, new AppWebhookCreate(hook.Include, hook.Level, hook.Url), cancellationToken).ConfigureAwait(false);
            created.Add($"{string.Join("+", hook.Include)} → {hook.Host} ({hook.Level}) as webhook {made.Id}: its receiver checks the old "
                        + $"webhook's signing secret, which Heroku cannot show; paste that secret into the new one with `heroku webhooks:update {made.Id} "
                        + $"-i {string.Join(",", hook.Include)} -l {hook.Level} -u <its URL> -s <the receiver's secret> -a {target}`");
        }

        return created.Count == 0 ? $"Webhooks already in place ({wanted.Count})." : $"Created webhooks: {string.Join("; ", created)}.";
    }

    private async Task<string?> CarryPipelineAsync(PipelineStageInfo? wanted, PipelineStageInfo? present, string target, CancellationToken cancellationToken)
    {
        if (wanted is null)
            return null;
        if (present is not null)
        {
            return present.PipelineId == wanted.PipelineId && present.Stage == wanted.Stage
                ? $"Already in pipeline {wanted.Pipeline} ({wanted.Stage})."
                : $"{target} is in pipeline {present.Pipeline} ({present.Stage}), not {wanted.Pipeline} ({wanted.Stage}): "
                  + $"move it with `heroku pipelines:remove -a {target}` then `heroku pipelines:add {wanted.Pipeline} -s {wanted.Stage} -a {target}`.";
        }

        await pipelines.CoupleAsync(new PipelineCouplingCreate(target, wanted.PipelineId ?? wanted.Pipeline, wanted.Stage), cancellationToken).ConfigureAwait(false);
        return $"Coupled {target} to pipeline {wanted.Pipeline} ({wanted.Stage}).";
    }
}
