namespace Cutover.Core.Dns;

/// <summary>One authoritative server's answer for a record: the TTL it publishes, read directly from it.</summary>
/// <param name="Name">The queried host name, lower case without the trailing dot.</param>
/// <param name="Type">The record type answered: <c>CNAME</c>, <c>A</c> or <c>AAAA</c>.</param>
/// <param name="TtlSeconds">The TTL in the authoritative answer (highest of the RRset).</param>
/// <param name="Value">The record's data: the CNAME target or the addresses, comma-separated.</param>
/// <param name="ObservedAt">When the answer arrived.</param>
/// <param name="Server">Which server answered: <c>ns1.example.com (192.0.2.53:53)</c>.</param>
public sealed record DnsRecordTtl(string Name, string Type, int TtlSeconds, string Value, DateTimeOffset ObservedAt, string Server);
