namespace Cutover.Sandbox.Heroku.Model;

/// <summary>A Private or Shield Space; allocating until <see cref="AllocatedAt"/>.</summary>
internal sealed class SimSpace
{
    public required Guid Id { get; init; }

    public required string Name { get; init; }

    public required SimTeam Team { get; init; }

    public required SimRegion Region { get; init; }

    public required bool Shield { get; init; }

    public required SimGeneration Generation { get; init; }

    public required string Cidr { get; init; }

    public required string DataCidr { get; init; }

    public required IReadOnlyList<string> NatSources { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset AllocatedAt { get; init; }

    /// <summary>
    /// Trusted IP ranges (the inbound ruleset): a new space allows every source, 0.0.0.0/0
    /// (https://devcenter.heroku.com/articles/private-space-trusted-ip-ranges).
    /// </summary>
    public List<(string Action, string Source)> InboundRules { get; set; } = [("allow", "0.0.0.0/0")];

    /// <summary>How many rulesets were put since the space was allocated (each PUT makes a new one), and when the last was.</summary>
    public int InboundRulesetVersion { get; set; }

    public DateTimeOffset? InboundRulesetAt { get; set; }

    public bool IsAllocated(DateTimeOffset now) => now >= AllocatedAt;

    public string State(DateTimeOffset now) => IsAllocated(now) ? "allocated" : "allocating";

    public DateTimeOffset UpdatedAt(DateTimeOffset now) => IsAllocated(now) ? AllocatedAt : CreatedAt;

    /// <summary>The dyno-size runtime of apps in this space.</summary>
    public string Runtime => Generation.IsFir ? Runtimes.Fir : Shield ? Runtimes.Shield : Runtimes.Private;
}
