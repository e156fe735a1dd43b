namespace Cutover.Core.Planning;

/// <summary>
/// What preflight proposes for one migration: the target app, what happens to every add-on, the dyno sizes,
/// the config var names and domains to move, and what stands in the way. Holds no config values.
/// </summary>
/// <param name="SourceApp">The Common Runtime app.</param>
/// <param name="TargetSpace">The space it moves into.</param>
/// <param name="TargetShield">Whether the space is a Shield space.</param>
/// <param name="TargetApp">Name of the app to create in the space (source name + the configured suffix).</param>
/// <param name="Addons">One row per source add-on, in the source's order.</param>
/// <param name="ReplacedStaticIpAddons">Names of static outbound IP add-ons that are not provisioned because the space's NAT replaces them.</param>
/// <param name="NatIps">The space's stable outbound IPs, for partner allow-lists.</param>
/// <param name="Dynos">One mapping per process type of the source formation.</param>
/// <param name="ConfigVarsToCopy">Names of config vars no add-on owns (add-ons on the target write their own).</param>
/// <param name="Domains">Custom domains to move from the source to the target.</param>
/// <param name="Warnings">Things to know before approving, one sentence each.</param>
/// <param name="Blockers">Things that must be fixed before the migration can start, one sentence each.</param>
public sealed record MigrationPlan(
    string SourceApp,
    string TargetSpace,
    bool TargetShield,
    string TargetApp,
    IReadOnlyList<AddonPlanRow> Addons,
    IReadOnlyList<string> ReplacedStaticIpAddons,
    IReadOnlyList<string> NatIps,
    IReadOnlyList<DynoMapping> Dynos,
    IReadOnlyList<string> ConfigVarsToCopy,
    IReadOnlyList<DomainInfo> Domains,
    IReadOnlyList<string> Warnings,
    IReadOnlyList<string> Blockers)
{
    /// <summary>Every property of the source and how it reaches the target (<see cref="ParityTable"/>).</summary>
    public IReadOnlyList<ParityRow> Parity { get; init; } = [];

    /// <summary>How many config vars will be copied.</summary>
    public int ConfigVarCount => ConfigVarsToCopy.Count;

    /// <summary>Whether anything blocks the migration.</summary>
    public bool IsBlocked => Blockers.Count > 0;
}
