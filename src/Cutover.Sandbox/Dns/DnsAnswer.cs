namespace Cutover.Sandbox.Dns;

/// <summary>A resource record to write: <see cref="Data"/> is an address, a host name, or an SOA's seven fields separated by spaces.</summary>
internal readonly record struct DnsAnswer(string Name, ushort Type, int Ttl, string Data);
