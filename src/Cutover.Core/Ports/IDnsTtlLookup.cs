namespace Cutover.Core.Ports;

/// <summary>
/// Reads a record's TTL where it is published: finds the zone's authoritative name servers (NS lookup,
/// walking up from the host name) and asks each of them directly, without recursion or caches.
/// </summary>
public interface IDnsTtlLookup
{
    /// <summary>
    /// Each authoritative server's answer for <paramref name="hostname"/> (CNAME, else A, else AAAA). Never
    /// throws for DNS answers: a missing zone, record or server is a <see cref="DnsTtlObservation.Problem"/>.
    /// </summary>
    Task<DnsTtlObservation> ObserveAsync(string hostname, CancellationToken cancellationToken);
}
