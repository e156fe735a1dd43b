using Cutover.Steps.Domains;
using Cutover.Steps.MaintenanceOn;

namespace Cutover.Steps.Rollback;

/// <summary>
/// <c>rollback</c>: puts the warm source app back in service (<see href="https://devcenter.heroku.com/articles/custom-domains">custom domains</see>). Each custom domain
/// recorded in <see cref="DomainsStep.HostsFact"/> that is on the target is removed there and added back to the source
/// (<c>DELETE /apps/{target}/domains/{host}</c>, <c>POST /apps/{source}/domains</c>); the target goes into maintenance so
/// it stops taking writes; the source's writers are scaled back to the quantities in
/// <see cref="MaintenanceOnStep.WritersFact"/>; maintenance goes off on the source. Every action checks first, so a
/// re-run after a crash only does what is still missing. The source's new DNS targets are reported (and recorded in
/// <see cref="DnsTargetsFact"/>) because Heroku gives a re-added domain a new one.
/// </summary>
public sealed class RollbackStep(
    IAppsApi apps,
    IDomainsApi domains,
    IFormationApi formation,
    IRunFacts facts) : RunbookStep(RunbookCatalog.RollbackId)
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
        if (hosts.Length > 0)
            notes.Add(await MoveDomainsBackAsync(run.Id, source, targetApp is null ? null : target, hosts, cancellationToken).ConfigureAwait(false));

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
        return StepResult.Done(string.Join(" ", notes.Where(n => n.Length > 0)));
    }

    private async Task<string> MoveDomainsBackAsync(long runId, string source, string? target, IReadOnlyList<string> hosts,
        CancellationToken cancellationToken)
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
                return $"Heroku refused to add {host} back to {source}: {exception.Message}";
            }
        }

        var targets = hosts.Where(onSource.ContainsKey).Select(h => (Host: h, Cname: onSource[h].Cname)).ToList();
        var value = string.Join(";", targets.Where(t => t.Cname is not null).Select(t => $"{t.Host}={t.Cname}"));
        if (value.Length > 0)
            await facts.SetAsync(runId, DnsTargetsFact, value, cancellationToken).ConfigureAwait(false);
        return $"{(moved > 0 ? $"Moved {moved.ToString(CultureInfo.InvariantCulture)} domain(s) back to {source}" : $"Domains already on {source}")}. "
               + "Point DNS at: " + string.Join("; ", targets.Select(t => $"{t.Host} → {t.Cname ?? "(target pending; see the app's domains)"}")) + ".";
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
