namespace Cutover.Core.Planning;

/// <summary>The target space as preflight found it.</summary>
/// <param name="Name">Space name.</param>
/// <param name="State"><c>allocating</c>, <c>allocated</c> or <c>deleting</c>.</param>
/// <param name="Region">Region name, e.g. <c>virginia</c>.</param>
/// <param name="Shield">Whether it is a Shield space.</param>
/// <param name="Generation"><c>cedar</c> or <c>fir</c>.</param>
/// <param name="Team">The team that owns it (apps are created in it).</param>
/// <param name="NatIps">Stable outbound IPs of the space, from <c>GET /spaces/{space}/nat</c>.</param>
/// <param name="DynoSizes">Dyno size names the space can run.</param>
public sealed record TargetSnapshot(
    string Name,
    string State,
    string Region,
    bool Shield,
    string Generation,
    string? Team,
    IReadOnlyList<string> NatIps,
    IReadOnlyList<string> DynoSizes)
{
    /// <summary>The space's inbound ruleset (<c>GET /spaces/{space}/inbound-ruleset</c>), or null when it was not read.</summary>
    public IReadOnlyList<InboundRule>? InboundRules { get; init; }
}
