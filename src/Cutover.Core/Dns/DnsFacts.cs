namespace Cutover.Core.Dns;

/// <summary>
/// The run facts of the DNS steps: which records Cutover watches, their TTL before it was lowered, and when it was
/// lowered (or first seen low). Stored as <c>host=value;host2=value2</c>.
/// </summary>
public static class DnsFacts
{
    /// <summary>The source's custom hostnames whose TTL the run manages.</summary>
    public const string Hosts = "dns.hosts";

    /// <summary>Each record's TTL before Cutover lowered it: what restore-ttl puts back, and how long caches may hold the old answer.</summary>
    public const string OriginalTtls = "dns.original-ttls";

    /// <summary>When each record's TTL was lowered (or first seen at the target).</summary>
    public const string LoweredAt = "dns.lowered-at";

    /// <summary>Who waived the TTL check before the cutover, when, and why.</summary>
    public const string Waiver = "dns.waiver";

    public static SortedDictionary<string, string> Parse(string? value)
    {
        var map = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in (value ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = pair.Split('=', 2);
            if (parts.Length == 2)
                map[parts[0]] = parts[1];
        }

        return map;
    }

    public static string Format(IEnumerable<KeyValuePair<string, string>> map) =>
        string.Join(";", map.Select(p => $"{p.Key}={p.Value}"));

    public static int? Ttl(IReadOnlyDictionary<string, string> map, string host) =>
        map.TryGetValue(host, out var value) && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var ttl) ? ttl : null;

    public static DateTimeOffset? Time(IReadOnlyDictionary<string, string> map, string host) =>
        map.TryGetValue(host, out var value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at
            : null;

    public static string Iso(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    public static string Utc(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
