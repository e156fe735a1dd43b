namespace Cutover.Core.Ports;

/// <summary>
/// A DNS provider where a custom domain's record lives: read it, lower or restore its TTL, repoint it. The
/// "manual" provider changes nothing and answers <see cref="DnsChangeOutcome.ManualActionRequired"/> with the
/// exact instruction. Changes check before they act, so repeating one sends nothing.
/// </summary>
public interface IDnsProvider
{
    /// <summary>Shown to people: <c>Cloudflare</c>, <c>manual</c>.</summary>
    string Name { get; }

    /// <summary>Whether the provider changes records itself (false: people do, following the instructions).</summary>
    bool AppliesChanges { get; }

    /// <summary>The zones the credentials can see (empty for the manual provider).</summary>
    Task<IReadOnlyList<DnsZone>> ListZonesAsync(CancellationToken cancellationToken);

    /// <summary>The record for <paramref name="hostname"/> (CNAME first, else A, else AAAA); null when unknown.</summary>
    Task<DnsProviderRecord?> FindRecordAsync(string hostname, CancellationToken cancellationToken);

    /// <summary>The record's TTL in seconds as the provider holds it; null when unknown.</summary>
    Task<int?> GetTtlAsync(string hostname, CancellationToken cancellationToken);

    /// <summary>Sets the record's TTL (lowering it before the cutover, restoring it after).</summary>
    Task<DnsChange> SetTtlAsync(string hostname, int ttlSeconds, CancellationToken cancellationToken);

    /// <summary>Points the record's CNAME at <paramref name="target"/> (the new app's Heroku DNS target).</summary>
    Task<DnsChange> SetTargetAsync(string hostname, string target, CancellationToken cancellationToken);
}
