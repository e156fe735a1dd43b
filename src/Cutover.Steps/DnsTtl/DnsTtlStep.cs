using Cutover.Infrastructure.Dns;
namespace Cutover.Steps.DnsTtl;

/// <summary>
/// Step 2, lower DNS TTL: records the source's custom hostnames and each record's current TTL (what restore-ttl puts
/// back), then lowers every TTL to the target through the DNS provider — or, with the manual provider, tells people
/// exactly what to change and fails until a lookup shows it done (retry after the change). Every record's lowering time is
/// recorded, so the cutover's approval can wait until caches holding the old TTL have expired. Safe to run twice: a
/// record already at the target is left alone and keeps its first recorded times.
/// </summary>
public sealed class DnsTtlStep(IMigrationInspector inspector, IDnsProvider provider, DnsRecords records, IRunFacts facts, DnsOptions options,
    TimeProvider clock) : RunbookStep(StepIds.DnsTtl)
{
    protected override async Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken)
    {
        var inspected = await inspector.InspectAsync(run.SourceApp, run.TargetSpace, cancellationToken).ConfigureAwait(false);
        if (inspected.IsRefused)
            return StepResult.Failed(inspected.Refusal.Reason);
        var hosts = inspected.Value.Source.Domains.Select(d => d.Hostname.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
        if (hosts.Count == 0)
            return StepResult.Done($"{run.SourceApp} has no custom domains; no TTL to lower.");
        await facts.SetAsync(run.Id, DnsFacts.Hosts, string.Join(",", hosts), cancellationToken).ConfigureAwait(false);

        var target = options.TargetTtlSeconds;
        var notes = new List<string>();
        var pending = new List<string>();
        foreach (var (host, observation, original, _) in await records.ObserveAsync(run.Id, hosts, cancellationToken).ConfigureAwait(false))
        {
            var observed = observation.Highest?.TtlSeconds;
            var before = original ?? observed ?? await provider.GetTtlAsync(host, cancellationToken).ConfigureAwait(false);
            if (before is null)
            {
                pending.Add($"{host}: {observation.Problem ?? "no record found"}");
                continue;
            }

            await records.RecordAsync(run.Id, DnsFacts.OriginalTtls, host, before.Value.ToString(CultureInfo.InvariantCulture), cancellationToken)
                .ConfigureAwait(false);
            if (observed is { } now && now <= target)
            {
                await records.RecordAsync(run.Id, DnsFacts.LoweredAt, host, DnsFacts.Iso(clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                notes.Add($"{host}: TTL {now} s (was {before} s).");
                continue;
            }

            var change = await provider.SetTtlAsync(host, target, cancellationToken).ConfigureAwait(false);
            if (change.Done)
            {
                await records.RecordAsync(run.Id, DnsFacts.LoweredAt, host, DnsFacts.Iso(clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
                notes.Add($"{host}: TTL lowered to {target} s via {provider.Name} (was {before} s).");
            }
            else
            {
                pending.Add($"{host}: {change.Text}");
            }
        }

        if (pending.Count > 0)
        {
            return StepResult.Failed($"{pending.Count} record(s) still have a high TTL: {string.Join(" ", pending)} "
                                     + $"Retry this step once the change is made; it checks by asking the authoritative name servers.");
        }

        var readiness = await records.ReadinessAsync(run.Id, clock.GetUtcNow(), target, cancellationToken).ConfigureAwait(false);
        var safe = readiness.EarliestSafeAt is { } at ? $" Caches holding the old TTL expire by {DnsFacts.Utc(at)}: the cutover can start then." : string.Empty;
        return StepResult.Done(string.Join(" ", notes) + safe);
    }
}
