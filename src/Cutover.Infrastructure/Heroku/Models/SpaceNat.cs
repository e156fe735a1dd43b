namespace Cutover.Infrastructure.Heroku.Models;

/// <summary>A space's stable outbound IPs (SCHEMA <c>space-nat</c>), from <c>GET /spaces/{space}/nat</c>.</summary>
public sealed record SpaceNat
{
    /// <summary><c>disabled</c>, <c>updating</c> or <c>enabled</c>.</summary>
    public string State { get; init; } = string.Empty;

    /// <summary>The egress IPv4 addresses partners must allow.</summary>
    public IReadOnlyList<string> Sources { get; init; } = [];

    /// <summary>When the NAT was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the NAT was last updated.</summary>
    public DateTimeOffset UpdatedAt { get; init; }
}
