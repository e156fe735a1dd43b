using Cutover.Steps.DnsSwitch;

namespace Cutover.Steps.Domains;

/// <summary>
/// <c>domains</c>: moves the source's custom domains to the target (<see href="https://devcenter.heroku.com/articles/custom-domains">custom domains</see>). A hostname belongs to
/// one app at a time, so each is <c>DELETE /apps/{source}/domains/{host}</c>, then
/// <c>POST /apps/{target}/domains {"hostname","sni_endpoint":null}</c>; the new <c>cname</c>s are recorded in
/// <see cref="DnsSwitchStep.DnsTargetsFact"/> for the DNS switch, then ACM is enabled on the target
/// (<c>POST /apps/{target}/acm</c>). The hostnames are recorded in <see cref="HostsFact"/> before the first delete, so
/// a re-run after a crash between delete and add still finds them. Independent calls go side by side
/// (<see cref="Concurrently"/>): the reads at the start, the hosts' moves, and ACM with the certificate check.
/// </summary>
public sealed class DomainsStep(
    IAppsApi apps,
    IDomainsApi domains,
    ISniEndpointsApi sniEndpoints,
    IRunFacts facts,
    TimeProvider clock) : RunbookStep(StepIds.Domains)
{
    /// <summary>The run fact with the custom hostnames being moved: <c>www.example.com,api.example.com</c>.</summary>
    public const string HostsFact = "source.domains";

    /// <summary>The run fact with when the domains reached the target with ACM on (round-trip format): ACM's wait starts then.</summary>
    public const string AcmSinceFact = "acm.since";

    protected override async Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken)
    {
        var source = run.SourceApp;
        var target = run.TargetApp;
        // The target, and both apps' domains, read side by side: inside the window each round trip is downtime.
        var appRead = StepReads.FindAppAsync(apps, target, cancellationToken);
        var sourceRead = ListAsync(source, cancellationToken);
        var targetRead = ListAsync(target, cancellationToken);
        try
        {
            await Task.WhenAll(appRead, sourceRead, targetRead).ConfigureAwait(false);
        }
        catch (HerokuApiException) when (appRead is { IsCompletedSuccessfully: true, Result: null })
        {
            // The target's domains cannot be read when there is no target: said below.
        }

        if (await appRead.ConfigureAwait(false) is not { } targetApp)
            return StepResult.Failed($"{target} does not exist: run create-app first, then retry. No domain was moved.");

        var onSource = (await sourceRead.ConfigureAwait(false)).Where(IsCustom).ToList();
        var onTarget = (await targetRead.ConfigureAwait(false)).ToDictionary(d => d.Hostname, StringComparer.OrdinalIgnoreCase);
        var hosts = await RecordHostsAsync(run.Id, onSource.Select(d => d.Hostname), cancellationToken).ConfigureAwait(false);
        if (hosts.Count == 0)
            return StepResult.Done($"{source} has no custom domains; nothing moved.");

        // Per host, delete then add back to back: the hostname is served by neither app in between. Hosts move side by side.
        var sourceHosts = onSource.Select(d => d.Hostname).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var moves = await Concurrently.EachAsync(hosts, (host, ct) => MoveAsync(source, target, host, sourceHosts.Contains(host),
            onTarget.GetValueOrDefault(host), ct), cancellationToken).ConfigureAwait(false);
        foreach (var (host, added, _) in moves)
        {
            if (added is not null)
                onTarget[host] = added;
        }

        if (moves.FirstOrDefault(m => m.Refusal is not null) is { Refusal: { } refusal })
            return StepResult.Failed(refusal + " Free the hostname, then retry (domains already moved stay moved).");
        var moved = moves.Count(m => m.Added is not null);

        var notes = new List<string>
        {
            moved > 0 ? $"Moved {moved} domain(s) from {source} to {target}." : $"Domains already on {target}.",
        };
        var sniNote = SniNoteAsync(source, target, cancellationToken);
        var acm = targetApp.Acm ? Task.FromResult("ACM already on.") : EnableAcmAsync(target, cancellationToken);
        await Task.WhenAll(sniNote, acm).ConfigureAwait(false);
        notes.Add(await acm.ConfigureAwait(false));

        if (await facts.GetAsync(run.Id, AcmSinceFact, cancellationToken).ConfigureAwait(false) is null)
            await facts.SetAsync(run.Id, AcmSinceFact, clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);

        var missingCname = hosts.Where(h => onTarget[h].Cname is null).ToList();
        if (missingCname.Count > 0)
        {
            onTarget = (await ListAsync(target, cancellationToken).ConfigureAwait(false)).ToDictionary(d => d.Hostname, StringComparer.OrdinalIgnoreCase);
            missingCname = [.. hosts.Where(h => onTarget.GetValueOrDefault(h)?.Cname is null)];
        }

        var dnsTargets = string.Join(";", hosts.Where(h => !missingCname.Contains(h)).Select(h => $"{h}={onTarget[h].Cname}"));
        if (dnsTargets.Length > 0
            && !string.Equals(await facts.GetAsync(run.Id, DnsSwitchStep.DnsTargetsFact, cancellationToken).ConfigureAwait(false), dnsTargets, StringComparison.Ordinal))
        {
            await facts.SetAsync(run.Id, DnsSwitchStep.DnsTargetsFact, dnsTargets, cancellationToken).ConfigureAwait(false);
        }

        notes.Add("New DNS targets: " + string.Join("; ", hosts.Where(h => !missingCname.Contains(h)).Select(h => $"{h} → {onTarget[h].Cname}")) + ".");
        notes.Add(await sniNote.ConfigureAwait(false));
        if (missingCname.Count > 0)
        {
            return StepResult.Failed($"{string.Join(" ", notes.Where(n => n.Length > 0))} Heroku has not assigned a DNS target to {StepReads.Names(missingCname)} yet: "
                                     + "retry in a minute.");
        }

        return StepResult.Done(string.Join(" ", notes.Where(n => n.Length > 0)));
    }

    /// <summary>
    /// Moves one hostname: deleted from the source when it is still there, then added to the target unless it is already
    /// there. <c>Added</c> is the target's new domain; <c>Refusal</c> says why Heroku would not add it.
    /// </summary>
    private async Task<(string Host, Domain? Added, string? Refusal)> MoveAsync(string source, string target, string host, bool onSource,
        Domain? onTarget, CancellationToken cancellationToken)
    {
        if (onSource)
            await domains.DeleteAsync(source, host, cancellationToken).ConfigureAwait(false);
        if (onTarget is not null)
            return (host, null, null);
        try
        {
            return (host, await domains.CreateAsync(target, new DomainCreate(host), cancellationToken).ConfigureAwait(false), null);
        }
        catch (HerokuApiException exception) when (exception.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            return (host, null, $"Heroku refused to add {host} to {target}: {exception.Message}");
        }
    }

    private async Task<string> EnableAcmAsync(string target, CancellationToken cancellationToken)
    {
        await apps.EnableAcmAsync(target, cancellationToken).ConfigureAwait(false);
        return $"ACM enabled on {target}.";
    }

    private static bool IsCustom(Domain domain) =>
        string.Equals(domain.Kind, "custom", StringComparison.Ordinal)
        && !domain.Hostname.EndsWith(".herokuapp.com", StringComparison.OrdinalIgnoreCase);

    private Task<List<Domain>> ListAsync(string app, CancellationToken cancellationToken) =>
        HerokuPaging.ListAllAsync<Domain>((range, ct) => domains.ListAsync(app, range, ct), cancellationToken);

    /// <summary>The recorded hostnames plus any the source still has; written before anything is deleted.</summary>
    private async Task<List<string>> RecordHostsAsync(long runId, IEnumerable<string> onSource, CancellationToken cancellationToken)
    {
        var recorded = await facts.GetAsync(runId, HostsFact, cancellationToken).ConfigureAwait(false) ?? string.Empty;
        var known = recorded.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var hosts = known.Concat(onSource).Select(h => h.ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var value = string.Join(",", hosts);
        if (hosts.Count > 0 && !string.Equals(value, recorded, StringComparison.Ordinal))
            await facts.SetAsync(runId, HostsFact, value, cancellationToken).ConfigureAwait(false);
        return hosts;
    }

    private async Task<string> SniNoteAsync(string source, string target, CancellationToken cancellationToken)
    {
        var endpoints = await HerokuPaging.ListAllAsync<SniEndpoint>((range, ct) => sniEndpoints.ListAsync(source, range, ct), cancellationToken).ConfigureAwait(false);
        return endpoints.Count == 0
            ? string.Empty
            : $"{source} has {endpoints.Count} uploaded certificate(s) ({StepReads.Names(endpoints.Select(e => e.Name))}): re-upload them to {target} "
              + "(the API never returns private keys), or rely on ACM.";
    }
}
