namespace Cutover.Infrastructure.Dns.Cloudflare;

/// <summary>
/// <see cref="IDnsProvider"/> on Cloudflare: the zone is the longest parent of the host name Cloudflare knows;
/// the record is its CNAME (else A, else AAAA). Changes read first and send nothing when the record already
/// has the value. A proxied record's TTL is Cloudflare's business: visitors resolve Cloudflare's own
/// addresses, so TTL changes do not apply to it.
/// </summary>
public sealed class CloudflareDnsProvider(ICloudflareApi api) : IDnsProvider
{
    /// <summary>The TTL Cloudflare publishes for a record whose TTL is automatic (<c>ttl: 1</c>).</summary>
    public const int AutomaticTtlSeconds = 300;

    private static readonly string[] TypePreference = ["CNAME", "A", "AAAA"];

    public string Name => "Cloudflare";

    public bool AppliesChanges => true;

    public async Task<IReadOnlyList<DnsZone>> ListZonesAsync(CancellationToken cancellationToken)
    {
        var zones = new List<DnsZone>();
        for (var page = 1; ; page++)
        {
            var answer = Result(await api.ListZonesAsync(null, page, 50, cancellationToken).ConfigureAwait(false), "list zones");
            zones.AddRange(answer.Result!.Select(z => new DnsZone(z.Id, z.Name)));
            if (answer.ResultInfo is not { } info || page >= info.TotalPages || answer.Result!.Count == 0)
                return zones;
        }
    }

    public async Task<DnsProviderRecord?> FindRecordAsync(string hostname, CancellationToken cancellationToken)
    {
        var found = await FindAsync(hostname, cancellationToken).ConfigureAwait(false);
        return found.Records.Count == 0 ? null : found.Records[0];
    }

    public async Task<int?> GetTtlAsync(string hostname, CancellationToken cancellationToken) =>
        (await FindRecordAsync(hostname, cancellationToken).ConfigureAwait(false))?.TtlSeconds;

    public async Task<DnsChange> SetTtlAsync(string hostname, int ttlSeconds, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ttlSeconds);
        var found = await FindAsync(hostname, cancellationToken).ConfigureAwait(false);
        if (found.Records.Count == 0)
            return NotFound(hostname, found.Zone);
        var first = found.Records[0];
        if (first.Proxied)
        {
            return new DnsChange(DnsChangeOutcome.NotApplicable,
                $"{first.Name} is proxied through Cloudflare: visitors resolve Cloudflare's addresses with an automatic TTL, and a new target takes effect at Cloudflare at once. No TTL change is needed.",
                first);
        }

        var pending = found.Records.Where(r => r.AutomaticTtl || r.TtlSeconds != ttlSeconds).ToList();
        if (pending.Count == 0)
            return new DnsChange(DnsChangeOutcome.AlreadyInPlace, $"Cloudflare: the TTL of {first.Type} {first.Name} is already {ttlSeconds} s.", first, first);
        DnsProviderRecord? after = null;
        foreach (var record in pending)
        {
            var patched = Result(await api.PatchRecordAsync(record.Zone.Id, record.Id, new CloudflareDnsRecordPatch(Ttl: ttlSeconds), cancellationToken).ConfigureAwait(false), "update the record");
            after ??= Map(patched.Result!, record.Zone);
        }

        var before = first.AutomaticTtl ? "automatic" : $"{first.TtlSeconds} s";
        return new DnsChange(DnsChangeOutcome.Applied, $"Cloudflare: TTL of {first.Type} {first.Name} changed from {before} to {ttlSeconds} s.", first, after);
    }

    public async Task<DnsChange> SetTargetAsync(string hostname, string target, CancellationToken cancellationToken)
    {
        var wanted = HostNames.Normalize(target)
            ?? throw new ArgumentException($"\"{target}\" is not a host name a CNAME can point at.", nameof(target));
        var found = await FindAsync(hostname, cancellationToken).ConfigureAwait(false);
        if (found.Records.Count == 0)
            return NotFound(hostname, found.Zone);
        var record = found.Records[0];
        if (record.Type != "CNAME")
        {
            return new DnsChange(DnsChangeOutcome.ManualActionRequired,
                $"{record.Name} is an {record.Type} record at Cloudflare, and a Heroku DNS target needs a CNAME (Cloudflare flattens it at the zone apex). "
                + DnsInstructions.PointAt(record.Name, wanted),
                record);
        }

        if (HostNames.Same(record.Content, wanted))
            return new DnsChange(DnsChangeOutcome.AlreadyInPlace, $"Cloudflare: CNAME {record.Name} already points at {wanted}.", record, record);
        var patched = Result(await api.PatchRecordAsync(record.Zone.Id, record.Id, new CloudflareDnsRecordPatch(Content: wanted), cancellationToken).ConfigureAwait(false), "update the record");
        return new DnsChange(DnsChangeOutcome.Applied, $"Cloudflare: CNAME {record.Name} now points at {wanted} (was {record.Content}).", record, Map(patched.Result!, record.Zone));
    }

    private async Task<(DnsZone? Zone, IReadOnlyList<DnsProviderRecord> Records)> FindAsync(string hostname, CancellationToken cancellationToken)
    {
        var name = HostNames.Normalize(hostname) ?? throw new ArgumentException($"\"{hostname}\" is not a DNS host name.", nameof(hostname));
        foreach (var candidate in HostNames.SelfAndParents(name))
        {
            var zones = Result(await api.ListZonesAsync(candidate, 1, 5, cancellationToken).ConfigureAwait(false), "find the zone");
            if (zones.Result!.FirstOrDefault(z => HostNames.Same(z.Name, candidate)) is not { } found)
                continue;
            var zone = new DnsZone(found.Id, found.Name);
            var records = Result(await api.ListRecordsAsync(zone.Id, name, null, cancellationToken).ConfigureAwait(false), "list the records");
            var matching = records.Result!
                .Where(r => HostNames.Same(r.Name, name) && TypePreference.Contains(r.Type))
                .GroupBy(r => r.Type)
                .OrderBy(g => Array.IndexOf(TypePreference, g.Key))
                .FirstOrDefault();
            return (zone, matching is null ? [] : [.. matching.Select(r => Map(r, zone))]);
        }

        return (null, []);
    }

    private static DnsChange NotFound(string hostname, DnsZone? zone) => new(DnsChangeOutcome.NotFound, zone is null
        ? $"Cloudflare has no zone for {hostname} that this API token can see."
        : $"Cloudflare zone {zone.Name} has no CNAME, A or AAAA record named {hostname}.");

    private static DnsProviderRecord Map(CloudflareDnsRecord record, DnsZone zone) => new(
        record.Id, zone, record.Name.TrimEnd('.').ToLowerInvariant(), record.Type, record.Content.TrimEnd('.'),
        record.Ttl == 1 ? AutomaticTtlSeconds : record.Ttl, record.Ttl == 1, record.Proxied);

    private static CloudflareEnvelope<T> Result<T>(CloudflareEnvelope<T> envelope, string what)
    {
        if (envelope.Success && envelope.Result is not null)
            return envelope;
        var errors = envelope.Errors ?? [];
        throw new CloudflareApiException(
            $"Cloudflare could not {what}: {(errors.Count == 0 ? "no result" : string.Join("; ", errors.Select(e => $"{e.Code}: {e.Message}")))}.",
            HttpStatusCode.OK, errors);
    }
}
