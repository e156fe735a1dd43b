namespace Cutover.Sandbox.Heroku.Seed;

/// <summary>A Private or Shield Space; <see cref="AllocatedIn"/> keeps it allocating for a while.</summary>
internal sealed class SeedSpace
{
    public string Name { get; set; } = string.Empty;

    public string Region { get; set; } = "virginia";

    public bool Shield { get; set; }

    public string Generation { get; set; } = "cedar";

    /// <summary>Simulator time until the space is allocated; absent means allocated already.</summary>
    public string? AllocatedIn { get; set; }

    public string Cidr { get; set; } = "10.0.0.0/16";

    public string DataCidr { get; set; } = "10.1.0.0/16";

    /// <summary>The NAT's stable outbound IPs.</summary>
    public List<string> Nat { get; set; } = [];

    /// <summary>Trusted IP ranges (the inbound ruleset's allow rules); absent means every source, 0.0.0.0/0.</summary>
    public List<string> TrustedIps { get; set; } = [];
}
