namespace Cutover.Sandbox.Dns;

/// <summary>The response codes the simulated name server answers with (RFC 1035 §4.1.1).</summary>
internal enum DnsResponseCode : ushort
{
    NoError = 0,
    FormatError = 1,
    NameError = 3,
    NotImplemented = 4,
    Refused = 5,
}
