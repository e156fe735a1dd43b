using Cutover.Sandbox.Heroku;

namespace Cutover.Sandbox.Dns;

/// <summary>
/// The DNS of the simulated world: zones and their records as a DNS provider holds them. Cloudflare's API
/// (<see cref="CloudflareApi"/>) reads and changes them; <see cref="DnsResponder"/> publishes them as their
/// authoritative name server. Thread-safe.
/// </summary>
public sealed class SimulatedDns(TimeProvider time)
{
    /// <summary>The TTL the seeded records start with: an hour, as many zones have it, so lowering it is worth rehearsing.</summary>
    public const int SeedTtlSeconds = 3600;

    private readonly Lock _gate = new();
    private readonly List<(string Id, string Name)> _zones = [];
    private readonly List<SimulatedDnsRecord> _records = [];
    private int _nextId;

    /// <summary>
    /// The records of the simulated account's custom domains: one zone per registrable domain (the last two labels)
    /// and a CNAME for each custom domain, pointing at its Heroku DNS target with a TTL of <see cref="SeedTtlSeconds"/>.
    /// </summary>
    public static SimulatedDns FromHeroku(HerokuSimulator heroku, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(heroku);
        var dns = new SimulatedDns(time);
        foreach (var (hostname, target) in heroku.CustomDomains())
        {
            var labels = hostname.Split('.');
            if (labels.Length < 2)
                continue;
            var zone = string.Join('.', labels[^2..]);
            if (dns.FindZone(zone) is null)
                dns.AddZone(zone);
            dns.AddRecord(zone, hostname, "CNAME", target, SeedTtlSeconds);
        }

        return dns;
    }

    /// <summary>The zones, in the order they were added.</summary>
    public IReadOnlyList<(string Id, string Name)> Zones
    {
        get
        {
            lock (_gate)
                return [.. _zones];
        }
    }

    /// <summary>Every record, in the order they were added.</summary>
    public IReadOnlyList<SimulatedDnsRecord> Records
    {
        get
        {
            lock (_gate)
                return [.. _records];
        }
    }

    /// <summary>Adds a zone and returns its id.</summary>
    public string AddZone(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        lock (_gate)
        {
            var id = NewId();
            _zones.Add((id, name.ToLowerInvariant()));
            return id;
        }
    }

    /// <summary>Adds a record to the zone named <paramref name="zone"/> and returns its id.</summary>
    public string AddRecord(string zone, string name, string type, string content, int ttl = 1, bool proxied = false)
    {
        lock (_gate)
        {
            var (zoneId, zoneName) = _zones.Single(z => string.Equals(z.Name, zone, StringComparison.OrdinalIgnoreCase));
            var id = NewId();
            _records.Add(new SimulatedDnsRecord(id, zoneId, zoneName, name.ToLowerInvariant(), type, content, ttl, proxied, time.GetUtcNow()));
            return id;
        }
    }

    /// <summary>The record of <paramref name="name"/> and <paramref name="type"/> as it is now.</summary>
    public SimulatedDnsRecord Record(string name, string type)
    {
        lock (_gate)
            return _records.Single(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase) && r.Type == type);
    }

    /// <summary>The zone <paramref name="name"/> belongs to (itself or its nearest parent that is a zone); null when none.</summary>
    public string? FindZone(string name)
    {
        var lower = name.TrimEnd('.').ToLowerInvariant();
        lock (_gate)
        {
            return _zones.Select(z => z.Name).Where(z => lower == z || lower.EndsWith('.' + z))
                .OrderByDescending(z => z.Length).FirstOrDefault();
        }
    }

    /// <summary>The records named <paramref name="name"/>.</summary>
    public IReadOnlyList<SimulatedDnsRecord> RecordsNamed(string name)
    {
        var lower = name.TrimEnd('.').ToLowerInvariant();
        lock (_gate)
            return [.. _records.Where(r => r.Name == lower)];
    }

    /// <summary>Whether some record is named <paramref name="name"/> or lies below it (an empty non-terminal exists too).</summary>
    public bool NameExists(string name)
    {
        var lower = name.TrimEnd('.').ToLowerInvariant();
        lock (_gate)
            return _records.Any(r => r.Name == lower || r.Name.EndsWith('.' + lower));
    }

    /// <summary>Replaces the record with id <paramref name="id"/> in <paramref name="zoneId"/> by what <paramref name="change"/> makes of it; false when there is none.</summary>
    public bool TryUpdate(string zoneId, string id, Func<SimulatedDnsRecord, SimulatedDnsRecord> change, out SimulatedDnsRecord? updated)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            var index = _records.FindIndex(r => r.ZoneId == zoneId && r.Id == id);
            if (index < 0)
            {
                updated = null;
                return false;
            }

            updated = change(_records[index]) with { ModifiedOn = time.GetUtcNow() };
            _records[index] = updated;
            return true;
        }
    }

    private string NewId() => Convert.ToHexStringLower(BitConverter.GetBytes(++_nextId * 2_654_435_761L)).PadLeft(32, '0');
}
