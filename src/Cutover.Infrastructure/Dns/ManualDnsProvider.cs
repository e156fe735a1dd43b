namespace Cutover.Infrastructure.Dns;

/// <summary>
/// The provider when no DNS API is configured: it changes nothing and returns the exact instruction for people
/// (<see cref="DnsInstructions"/>); Cutover then verifies the change by asking the authoritative name servers.
/// </summary>
public sealed class ManualDnsProvider : IDnsProvider
{
    public string Name => "manual";

    public bool AppliesChanges => false;

    public Task<IReadOnlyList<DnsZone>> ListZonesAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<DnsZone>>([]);

    public Task<DnsProviderRecord?> FindRecordAsync(string hostname, CancellationToken cancellationToken) =>
        Task.FromResult<DnsProviderRecord?>(null);

    public Task<int?> GetTtlAsync(string hostname, CancellationToken cancellationToken) => Task.FromResult<int?>(null);

    public Task<DnsChange> SetTtlAsync(string hostname, int ttlSeconds, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(ttlSeconds);
        return Task.FromResult(new DnsChange(DnsChangeOutcome.ManualActionRequired, DnsInstructions.SetTtl(Host(hostname), ttlSeconds)));
    }

    public Task<DnsChange> SetTargetAsync(string hostname, string target, CancellationToken cancellationToken)
    {
        var wanted = HostNames.Normalize(target)
            ?? throw new ArgumentException($"\"{target}\" is not a host name a CNAME can point at.", nameof(target));
        return Task.FromResult(new DnsChange(DnsChangeOutcome.ManualActionRequired, DnsInstructions.PointAt(Host(hostname), wanted)));
    }

    private static string Host(string hostname) =>
        HostNames.Normalize(hostname) ?? throw new ArgumentException($"\"{hostname}\" is not a DNS host name.", nameof(hostname));
}
