namespace Cutover.Core.Dns;

/// <summary>
/// What the authoritative name servers of a host's zone say about its record, each asked directly (no cache in
/// between). Servers can disagree while a change propagates between them; <see cref="Highest"/> is the
/// answer that matters for the cutover, because some resolver may have cached it.
/// </summary>
/// <param name="Name">The host name asked about.</param>
/// <param name="Zone">The zone found by walking up from the name; null when none was found.</param>
/// <param name="NameServers">The zone's NS host names.</param>
/// <param name="Answers">One answer per server that had the record.</param>
/// <param name="Problem">Why the record could not be read from every server, in words; null when all answered.</param>
public sealed record DnsTtlObservation(string Name, string? Zone, IReadOnlyList<string> NameServers, IReadOnlyList<DnsRecordTtl> Answers, string? Problem)
{
    /// <summary>The answer with the highest TTL, or null when no server had the record.</summary>
    public DnsRecordTtl? Highest => Answers.Count == 0 ? null : Answers.MaxBy(a => a.TtlSeconds);

    /// <summary>A lookup that found nothing to read, with the reason.</summary>
    public static DnsTtlObservation Failed(string name, string? zone, IReadOnlyList<string> nameServers, string problem) =>
        new(name, zone, nameServers, [], problem);
}
