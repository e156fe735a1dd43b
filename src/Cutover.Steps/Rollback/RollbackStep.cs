using Cutover.Steps.Domains;
using Cutover.Steps.MaintenanceOn;

namespace Cutover.Steps.Rollback;

/// <summary>
/// <c>rollback</c>: puts the warm source app back in service (<see href="https://devcenter.heroku.com/articles/custom-domains">custom domains</see>). Each custom domain
/// recorded in <see cref="DomainsStep.HostsFact"/> that is on the target is removed there and added back to the source
/// (<c>DELETE /apps/{target}/domains/{host}</c>, <c>POST /apps/{source}/domains</c>); the target goes into maintenance so
/// it stops taking writes; the source's writers are scaled back to the quantities in
/// <see cref="MaintenanceOnStep.WritersFact"/>; maintenance goes off on the source. Every action checks first, so a
/// re-run after a crash only does what is still missing. Heroku gives a re-added domain a new DNS target: with a DNS
/// provider that applies changes (Cloudflare) the records are repointed at the source's new targets and looked up on
/// their authoritative name servers, as the DNS switch does (a record seen pointing elsewhere fails the step: retry once
/// DNS is right); with the manual provider the targets are listed for the team. Either way they are recorded in
/// <see cref="DnsTargetsFact"/>.
/// </summary>
public sealed class RollbackStep(
    IAppsApi apps,
    IDomainsApi domains,
    IFormationApi formation,
    IRunFacts facts,
    IDnsProvider dns,
    IDnsTtlLookup lookup) : RunbookStep(RunbookCatalog.RollbackId)
{
    /// <summary>Run fact: the source's DNS targets after the rollback, <c>host=target;…</c>.</summary>
    public const string DnsTargetsFact = "rollback.dns.targets";

    protected override async Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken)
    {
        var source = run.SourceApp;
        var target = run.TargetApp;
        if (await StepReads.FindAppAsync(apps, source, cancellationToken).ConfigureAwait(false) is not { } sourceApp)
            return StepResult.Failed($"{source} no longer exists, so there is nothing to roll back to.");
        var targetApp = await StepReads.FindAppAsync(apps, target, cancellationToken).ConfigureAwait(false);
        var notes = new List<string>();

        var hosts = (await facts.GetAsync(run.Id, DomainsStep.HostsFact, cancellationToken).ConfigureAwait(false) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        string? repointFailure = null;
        if (hosts.Length > 0)
        {
            var (moved, targets) = await MoveDomainsBackAsync(run.Id, source, targetApp is null ? null : target, hosts, cancellationToken).ConfigureAwait(false);
            notes.Add(moved);
            if (dns.AppliesChanges && targets.Count > 0)
            {
                var (repointed, failure) = await RepointAsync(source, targets, cancellationToken).ConfigureAwait(false);
                notes.Add(repointed);
                repointFailure = failure;
            }
        }

        if (targetApp is { Maintenance: false })
        {
            await apps.UpdateAsync(target, new AppUpdate(Maintenance: true), cancellationToken).ConfigureAwait(false);
            notes.Add($"Maintenance on for {target} so it takes no writes.");
        }

        notes.Add(await RestoreWritersAsync(run.Id, source, cancellationToken).ConfigureAwait(false));
        if (sourceApp.Maintenance)
        {
            await apps.UpdateAsync(source, new AppUpdate(Maintenance: false), cancellationToken).ConfigureAwait(false);
            notes.Add($"Maintenance off for {source}: it serves again.");
        }
        else
        {
            notes.Add($"{source} is not in maintenance.");
        }

        if (run.FindStep(StepIds.DataCutover) is { State: StepState.Succeeded })
            notes.Add($"The data cutover had run: writes made on {target} since then are only in its database; copy them back if they matter.");
        var said = string.Join(" ", notes.Where(n => n.Length > 0));
        return repointFailure is null ? StepResult.Done(said) : StepResult.Failed($"{said} {repointFailure}");
    }

    /// <summary>Repoints the records at the source's new targets through the provider and checks them: what was done, and the failure if any.</summary>
    private async Task<(string Note, string? Failure)> RepointAsync(string source, IReadOnlyList<(string Host, string Target)> targets,
        CancellationToken cancellationToken)
    {
        var (verified, wrong, unanswered) = await DnsRepoint.ApplyAsync(dns, lookup, targets, cancellationToken).ConfigureAwait(false);
        var done = verified.Concat(unanswered.Select(u => $"{u.Record} (not verified by lookup: {u.Problem})")).ToList();
        var note = done.Count == 0 ? string.Empty : $"DNS repointed at {source} via {dns.Name}: {string.Join("; ", done)}.";
        return (note, wrong.Count == 0 ? null : $"{wrong.Count} record(s) do not point at {source} yet: {string.Join(" ", wrong)} Retry once they do.");
    }

    private async Task<(string Note, IReadOnlyList<(string Host, string Target)> Targets)> MoveDomainsBackAsync(long runId, string source, string? target,
        IReadOnlyList<string> hosts, CancellationToken cancellationToken)
    {
        var onSource = (await ListDomainsAsync(source, cancellationToken).ConfigureAwait(false)).ToDictionary(d => d.Hostname, StringComparer.OrdinalIgnoreCase);
        var onTarget = target is null
            ? new HashSet<string>(StringComparer.OrdinalIgnoreCase)
            : (await ListDomainsAsync(target, cancellationToken).ConfigureAwait(false)).Select(d => d.Hostname).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var moved = 0;
        foreach (var host in hosts)
        {
            if (target is not null && onTarget.Contains(host))
                await domains.DeleteAsync(target, host, cancellationToken).ConfigureAwait(false);
            if (onSource.ContainsKey(host))
                continue;
            try
            {
                onSource[host] = await domains.CreateAsync(source, new DomainCreate(host), cancellationToken).ConfigureAwait(false);
                moved++;
            }
            catch (HerokuApiException exception) when (exception.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                return ($"Heroku refused to add {host} back to {source}: {exception.Message}", []);
            }
        }

        var targets = hosts.Where(onSource.ContainsKey).Select(h => (Host: h, Cname: onSource[h].Cname)).ToList();
        var value = string.Join(";", targets.Where(t => t.Cname is not null).Select(t => $"{t.Host}={t.Cname}"));
        if (value.Length > 0)
            await facts.SetAsync(runId, DnsTargetsFact, value, cancellationToken).ConfigureAwait(false);
        var note = $"{(moved > 0 ? $"Moved {moved.ToString(CultureInfo.InvariantCulture)} domain(s) back to {source}" : $"Domains already on {source}")}. "
                   + (dns.AppliesChanges ? "Their DNS targets: " : "Point DNS at: ")
                   + string.Join("; ", targets.Select(t => $"{t.Host} → {t.Cname ?? "(target pending; see the app's domains)"}")) + ".";
        return (note, [.. targets.Where(t => t.Cname is not null).Select(t => (t.Host, t.Cname!))]);
    }

    private async Task<string> RestoreWritersAsync(long runId, string source, CancellationToken cancellationToken)
    {
        var recorded = Writers.Parse(await facts.GetAsync(runId, MaintenanceOnStep.WritersFact, cancellationToken).ConfigureAwait(false));
        if (recorded.Count == 0)
            return "No writers were stopped.";
        var current = (await HerokuPaging.ListAllAsync<Formation>((range, ct) => formation.ListAsync(source, range, ct), cancellationToken).ConfigureAwait(false))
            .ToDictionary(f => f.Type, f => f.Quantity, StringComparer.Ordinal);
        var missing = recorded.Where(w => current.GetValueOrDefault(w.Key) != w.Value).ToList();
        if (missing.Count == 0)
            return $"Writers already running: {Writers.Format(recorded)}.";
        await formation.UpdateAsync(source, new FormationBatchUpdate([.. missing.Select(w => new FormationUpdate(w.Key, w.Value))]), cancellationToken)
            .ConfigureAwait(false);
        return $"Writers scaled back: {string.Join(", ", missing.Select(w => $"{w.Key}={w.Value.ToString(CultureInfo.InvariantCulture)}"))}.";
    }

    private Task<List<Domain>> ListDomainsAsync(string app, CancellationToken cancellationToken) =>
        HerokuPaging.ListAllAsync<Domain>((range, ct) => domains.ListAsync(app, range, ct), cancellationToken);
}
