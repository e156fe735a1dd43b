using DnsClient;
using DnsClient.Protocol;

namespace Cutover.Infrastructure.Dns;

/// <summary>
/// <see cref="IDnsTtlLookup"/> with DnsClient: asks the configured resolvers for NS records, walking up from the
/// host name until a zone answers, takes the name servers' addresses from the glue (or the resolvers), then asks
/// every name server directly — recursion off, no cache — for the record's CNAME, else A, else AAAA, and keeps
/// the TTL of each authoritative answer.
/// </summary>
public sealed class DnsClientTtlLookup : IDnsTtlLookup
{
    private static readonly QueryType[] RecordTypes = [QueryType.CNAME, QueryType.A, QueryType.AAAA];

    private readonly LookupClient _resolver;
    private readonly LookupClient _direct;
    private readonly int _authoritativePort;
    private readonly TimeProvider _timeProvider;

    public DnsClientTtlLookup(DnsOptions settings, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(settings.AuthoritativePort);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(settings.AuthoritativePort, 65535);
        _timeProvider = timeProvider;
        _authoritativePort = settings.AuthoritativePort;
        var resolvers = settings.Resolvers.Select(DnsEndpoints.Parse).ToArray();
        var resolverOptions = resolvers.Length == 0 ? new LookupClientOptions() : new LookupClientOptions(resolvers);
        _resolver = new LookupClient(Configure(resolverOptions, settings, recursion: true));
        _direct = new LookupClient(Configure(new LookupClientOptions(IPAddress.Loopback), settings, recursion: false));
    }

    public async Task<DnsTtlObservation> ObserveAsync(string hostname, CancellationToken cancellationToken)
    {
        if (HostNames.Normalize(hostname) is not { } name)
            return DnsTtlObservation.Failed(hostname ?? string.Empty, null, [], $"\"{hostname}\" is not a DNS host name");

        ZoneServers zone;
        try
        {
            zone = await FindZoneAsync(name, cancellationToken).ConfigureAwait(false);
        }
        catch (DnsResponseException exception)
        {
            return DnsTtlObservation.Failed(name, null, [], $"the resolver did not answer ({exception.Message})");
        }

        if (zone.Name is null)
            return DnsTtlObservation.Failed(name, null, [], $"no zone with NS records was found for {name} or its parent domains");
        if (zone.Servers.Count == 0)
            return DnsTtlObservation.Failed(name, zone.Name, zone.NameServers, $"the name servers of {zone.Name} ({string.Join(", ", zone.NameServers)}) have no IPv4 or IPv6 address");

        var answers = new List<DnsRecordTtl>();
        var problems = new List<string>();
        foreach (var (host, address) in zone.Servers)
        {
            var (answer, problem) = await AskAsync(name, zone.Name, host, address, cancellationToken).ConfigureAwait(false);
            if (answer is not null)
                answers.Add(answer);
            if (problem is not null)
                problems.Add(problem);
        }

        return new DnsTtlObservation(name, zone.Name, zone.NameServers, answers, problems.Count == 0 ? null : string.Join("; ", problems));
    }

    private async Task<ZoneServers> FindZoneAsync(string name, CancellationToken cancellationToken)
    {
        foreach (var candidate in HostNames.SelfAndParents(name))
        {
            var response = await _resolver.QueryAsync(candidate, QueryType.NS, QueryClass.IN, cancellationToken).ConfigureAwait(false);
            var ns = response.Answers.NsRecords().Where(r => HostNames.Same(r.DomainName.Value, candidate))
                .Select(r => r.NSDName.Value.TrimEnd('.').ToLowerInvariant()).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            if (ns.Count == 0)
                continue;
            var servers = new List<(string Host, IPAddress Address)>();
            foreach (var host in ns)
            {
                var glue = response.Additionals.OfType<AddressRecord>().Where(r => HostNames.Same(r.DomainName.Value, host)).Select(r => r.Address).ToList();
                var addresses = glue.Count > 0 ? glue : await AddressesAsync(host, cancellationToken).ConfigureAwait(false);
                servers.AddRange(addresses.Distinct().Select(a => (host, a)));
            }

            return new ZoneServers(candidate, ns, servers);
        }

        return new ZoneServers(null, [], []);
    }

    private async Task<List<IPAddress>> AddressesAsync(string host, CancellationToken cancellationToken)
    {
        var v4 = await _resolver.QueryAsync(host, QueryType.A, QueryClass.IN, cancellationToken).ConfigureAwait(false);
        var addresses = v4.Answers.ARecords().Select(r => r.Address).ToList();
        if (addresses.Count > 0)
            return addresses;
        var v6 = await _resolver.QueryAsync(host, QueryType.AAAA, QueryClass.IN, cancellationToken).ConfigureAwait(false);
        return [.. v6.Answers.AaaaRecords().Select(r => r.Address)];
    }

    /// <summary>One server's answer: the record (CNAME, else A, else AAAA) or why there is none.</summary>
    private async Task<(DnsRecordTtl? Answer, string? Problem)> AskAsync(string name, string zone, string host, IPAddress address, CancellationToken cancellationToken)
    {
        var server = new NameServer(address, _authoritativePort);
        var label = $"{host} ({new IPEndPoint(address, _authoritativePort)})";
        foreach (var type in RecordTypes)
        {
            IDnsQueryResponse response;
            try
            {
                response = await _direct.QueryServerAsync([server], name, type, QueryClass.IN, cancellationToken).ConfigureAwait(false);
            }
            catch (DnsResponseException exception)
            {
                return (null, $"{label} did not answer ({exception.Message})");
            }

            if (response.Header.ResponseCode == DnsHeaderResponseCode.NotExistentDomain)
                return (null, $"{label} says {name} does not exist");
            if (response.HasError)
                return (null, $"{label} answered {response.ErrorMessage}");
            if (!response.Header.HasAuthorityAnswer)
                return (null, $"{label} is listed for {zone} but does not answer for it with authority");
            var records = response.Answers.Where(r => r.RecordType == (ResourceRecordType)type && HostNames.Same(r.DomainName.Value, name)).ToList();
            if (records.Count == 0)
                continue;
            var value = string.Join(",", records.Select(Data));
            return (new DnsRecordTtl(name, type.ToString(), records.Max(r => r.InitialTimeToLive), value, _timeProvider.GetUtcNow(), label), null);
        }

        return (null, $"{label} has no CNAME, A or AAAA record for {name}");
    }

    private static string Data(DnsResourceRecord record) => record switch
    {
        CNameRecord cname => cname.CanonicalName.Value.TrimEnd('.'),
        AddressRecord address => address.Address.ToString(),
        _ => record.ToString(),
    };

    private static LookupClientOptions Configure(LookupClientOptions options, DnsOptions settings, bool recursion)
    {
        options.Recursion = recursion;
        options.UseCache = false;
        options.Timeout = settings.QueryTimeout;
        options.Retries = settings.QueryRetries;
        options.ThrowDnsErrors = false;
        options.ContinueOnDnsError = recursion;
        options.UseTcpFallback = true;
        return options;
    }

    private sealed record ZoneServers(string? Name, IReadOnlyList<string> NameServers, IReadOnlyList<(string Host, IPAddress Address)> Servers);
}
