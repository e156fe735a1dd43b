namespace Cutover.Core.Dns;

/// <summary>What became of a requested DNS change.</summary>
public enum DnsChangeOutcome
{
    /// <summary>The provider changed the record.</summary>
    Applied,

    /// <summary>The record already had the wanted value; nothing was sent.</summary>
    AlreadyInPlace,

    /// <summary>No provider API: people must make the change (<see cref="DnsChange.Text"/> says exactly what).</summary>
    ManualActionRequired,

    /// <summary>The provider has no such zone or record.</summary>
    NotFound,

    /// <summary>The change does not apply to this record (e.g. the TTL of a proxied record).</summary>
    NotApplicable,
}
