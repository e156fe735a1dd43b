namespace Cutover.Core.Dns;

/// <summary>Reads a run's DNS facts and the records' live state, for the DNS steps, the gate and the reminders.</summary>
public sealed class DnsRecords(IRunFacts facts, IDnsTtlLookup lookup)
{
    /// <summary>The hosts recorded for the run, sorted; empty when none were recorded.</summary>
    public async Task<IReadOnlyList<string>> HostsAsync(long runId, CancellationToken cancellationToken) =>
        [.. (await facts.GetAsync(runId, DnsFacts.Hosts, cancellationToken).ConfigureAwait(false) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Order(StringComparer.Ordinal)];

    /// <summary>Each host observed on its authoritative servers, with the recorded original TTL and lowering time.</summary>
    public async Task<IReadOnlyList<(string Host, DnsTtlObservation Observation, int? Original, DateTimeOffset? LoweredAt)>> ObserveAsync(
        long runId, IEnumerable<string> hosts, CancellationToken cancellationToken)
    {
        var originals = DnsFacts.Parse(await facts.GetAsync(runId, DnsFacts.OriginalTtls, cancellationToken).ConfigureAwait(false));
        var lowered = DnsFacts.Parse(await facts.GetAsync(runId, DnsFacts.LoweredAt, cancellationToken).ConfigureAwait(false));
        var result = new List<(string, DnsTtlObservation, int?, DateTimeOffset?)>();
        foreach (var host in hosts)
        {
            var observation = await lookup.ObserveAsync(host, cancellationToken).ConfigureAwait(false);
            result.Add((host, observation, DnsFacts.Ttl(originals, host), DnsFacts.Time(lowered, host)));
        }

        return result;
    }

    /// <summary>Readiness of the recorded hosts now: TTL at the target and the old TTL elapsed since it was lowered.</summary>
    public async Task<TtlReadinessResult> ReadinessAsync(long runId, DateTimeOffset now, int targetTtlSeconds, CancellationToken cancellationToken)
    {
        var observed = await ObserveAsync(runId, await HostsAsync(runId, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
        var states = observed.Select(o => TtlRecordState.From(o.Observation, o.Original ?? o.Observation.Highest?.TtlSeconds ?? targetTtlSeconds, o.LoweredAt));
        return TtlReadiness.Evaluate(states, now, targetTtlSeconds);
    }

    public async Task RecordAsync(long runId, string key, string host, string value, CancellationToken cancellationToken)
    {
        var map = DnsFacts.Parse(await facts.GetAsync(runId, key, cancellationToken).ConfigureAwait(false));
        if (map.TryAdd(host, value))
            await facts.SetAsync(runId, key, DnsFacts.Format(map), cancellationToken).ConfigureAwait(false);
    }
}
