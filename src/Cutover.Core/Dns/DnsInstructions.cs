namespace Cutover.Core.Dns;

/// <summary>The exact words Cutover posts when people, not a provider API, must change a record.</summary>
public static class DnsInstructions
{
    /// <summary>Set the TTL of <paramref name="hostname"/>'s record (lowering before, restoring after the cutover).</summary>
    public static string SetTtl(string hostname, int ttlSeconds) => string.Create(CultureInfo.InvariantCulture,
        $"At your DNS provider, set the TTL of the record for {hostname} (its CNAME, or ALIAS/ANAME/flattened CNAME at the zone apex) to {ttlSeconds} seconds. Leave its target unchanged. Cutover checks the result by asking the zone's authoritative name servers.");

    /// <summary>Point <paramref name="hostname"/> at its new Heroku DNS target.</summary>
    public static string PointAt(string hostname, string target) =>
        $"At your DNS provider, change the record for {hostname} so it points at {target}: a CNAME record {hostname} → {target} (at the zone apex use ALIAS/ANAME or a flattened CNAME with that target). Keep the TTL low until the monitoring window ends. Cutover checks the result by asking the zone's authoritative name servers.";
}
