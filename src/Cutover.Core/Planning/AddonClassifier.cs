namespace Cutover.Core.Planning;

/// <summary>
/// Decides one add-on's row in the plan: its kind, its availability from the target space (Heroku's three
/// categories, from the plans' <c>installable_inside/outside_private_network</c> fields), the plan to propose
/// and how its data moves. Adds the warnings and blockers that row implies.
/// </summary>
internal static class AddonClassifier
{
    private static readonly HashSet<string> StaticIpServices = new(StringComparer.OrdinalIgnoreCase)
    {
        "fixie", "fixie-socks", "quotaguardstatic", "quotaguard", "proximo", "ipburger",
    };

    private static readonly Dictionary<string, AddonKind> DataServices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["heroku-postgresql"] = AddonKind.Postgres,
        ["heroku-redis"] = AddonKind.Redis,
        ["heroku-kafka"] = AddonKind.Kafka,
    };

    /// <summary>Plan name prefixes of Postgres tiers that cannot lead a follower: Essential and the legacy Hobby it replaced.</summary>
    private static readonly string[] UnfollowablePostgresPrefixes = ["essential-", "hobby-"];

    public static AddonKind KindOf(string service) =>
        DataServices.TryGetValue(service, out var kind) ? kind
        : StaticIpServices.Contains(service) ? AddonKind.StaticOutboundIp
        : AddonKind.Other;

    /// <summary>Shield-tier plans are the <c>shield-*</c> ones and those that carry compliance tags (e.g. HIPAA).</summary>
    public static bool IsShieldTier(AddonPlanInfo plan) =>
        plan.Name.StartsWith("shield-", StringComparison.OrdinalIgnoreCase) || plan.Compliance.Count > 0;

    public static AddonPlanRow Classify(
        AddonInfo addon,
        IReadOnlyList<AddonPlanInfo> plans,
        TargetSnapshot target,
        PlannerOptions options,
        ICollection<string> warnings,
        ICollection<string> blockers)
    {
        var kind = KindOf(addon.Service);
        var (availability, proposed) = Availability(addon, plans, target.Shield);
        var label = $"{addon.Name} ({addon.Service}:{addon.Plan})";

        if (!addon.BilledToSource)
        {
            var names = addon.Attachments.Count == 0 ? "its attachment name" : string.Join(", ", addon.Attachments);
            warnings.Add($"{label} is billed to another app and only attached to the source: the target gets an attachment to the same "
                         + $"add-on ({names}), nothing is provisioned, and its traffic from the space crosses the public internet.");
            return Row(addon, kind, availability, null, DataStrategy.AttachShared, "Attached to the target; stays billed to its owner app.");
        }

        if (kind == AddonKind.StaticOutboundIp)
        {
            var ips = target.NatIps.Count > 0
                ? $"the space's NAT IPs {string.Join(", ", target.NatIps)} replace it, so add them to any partner allow-lists"
                : $"space {target.Name} reported no NAT IPs yet, so check that its NAT is enabled before updating partner allow-lists";
            warnings.Add($"{label} will not be provisioned: {ips}.");
            return Row(addon, kind, availability, null, DataStrategy.ReplacedByNat, "Not provisioned: the space's NAT IPs replace it.");
        }

        if (availability == AddonAvailability.Unavailable)
        {
            blockers.Add($"{label} cannot be provisioned for an app in space {target.Name}: remove it from the source app "
                         + "or replace it with an add-on available to Private Spaces, then plan again.");
            var why = plans.Count == 0 ? $"No plans were found for {addon.Service}." : "No plan can be provisioned for an app in the space.";
            return Row(addon, kind, availability, null, DataStrategy.None, why);
        }

        if (availability == AddonAvailability.AvailableOutsideSpace)
        {
            var compliance = target.Shield ? "; check that this meets the Shield space's compliance needs" : string.Empty;
            warnings.Add($"{label} is available only outside the space: it will run as {proposed} and its traffic will cross the public internet{compliance}.");
        }

        return kind switch
        {
            AddonKind.Postgres => Postgres(addon, availability, proposed!, label, options, warnings, blockers),
            AddonKind.Redis => Row(addon, kind, availability, proposed, DataStrategy.Fork,
                $"Forked into {proposed} with the source app in maintenance."),
            AddonKind.Kafka => Kafka(addon, availability, proposed!, label, warnings),
            _ => Row(addon, kind, availability, proposed, DataStrategy.Provision, "Provisioned fresh on the target app."),
        };
    }

    private static AddonPlanRow Postgres(
        AddonInfo addon,
        AddonAvailability availability,
        string proposed,
        string label,
        PlannerOptions options,
        ICollection<string> warnings,
        ICollection<string> blockers)
    {
        warnings.Add($"Dataclips on {addon.Name} must be re-pointed to the new database by hand after the Postgres cutover.");
        if (IsFollowable(addon.Plan))
        {
            return Row(addon, AddonKind.Postgres, availability, proposed, DataStrategy.Follower,
                $"A follower on {proposed} catches up before the cutover and is promoted in the window.");
        }

        if (options.AllowPostgresCopyWithDowntime)
        {
            warnings.Add($"{label} is on an Essential-tier plan that cannot be followed: its data will be copied with the app in "
                         + "maintenance during the cutover window, so expect downtime that grows with the database size.");
        }
        else
        {
            blockers.Add($"{label} is on an Essential-tier plan that cannot be followed into a space: upgrade it to a Standard plan "
                         + "before migrating, or allow Postgres copy with downtime in Cutover's settings.");
        }

        return Row(addon, AddonKind.Postgres, availability, proposed, DataStrategy.CopyWithDowntime,
            $"Essential plans cannot be followed: data is copied into {proposed} with the app in maintenance.");
    }

    private static AddonPlanRow Kafka(AddonInfo addon, AddonAvailability availability, string proposed, string label, ICollection<string> warnings)
    {
        warnings.Add($"{label} has no follow or fork: the data cutover pauses for a guided manual step "
                     + "(create topics and consumer groups on the new cluster, stop producers, let consumers catch up, switch config).");
        return Row(addon, AddonKind.Kafka, availability, proposed, DataStrategy.GuidedManual,
            $"Provisioned as {proposed}; topics and consumers move in a guided manual step.");
    }

    private static (AddonAvailability Availability, string? Proposed) Availability(AddonInfo addon, IReadOnlyList<AddonPlanInfo> plans, bool shield)
    {
        // Never a Shield-tier plan in a Private space, never a Private-tier plan in a Shield space.
        var inside = plans.Where(p => p.InstallableInsidePrivateNetwork && IsShieldTier(p) == shield).ToList();
        if (inside.Count > 0)
        {
            var defaults = inside.Where(p => p.SpaceDefault).ToList();
            return (AddonAvailability.InstallableInSpace, Cheapest(defaults.Count > 0 ? defaults : inside).Name);
        }

        var outside = plans.Where(p => p.InstallableOutsidePrivateNetwork && (shield || !IsShieldTier(p))).ToList();
        if (outside.Count == 0)
            return (AddonAvailability.Unavailable, null);
        var current = outside.FirstOrDefault(p => string.Equals(p.Name, addon.Plan, StringComparison.OrdinalIgnoreCase));
        return (AddonAvailability.AvailableOutsideSpace, (current ?? Cheapest(outside)).Name);
    }

    private static AddonPlanInfo Cheapest(IEnumerable<AddonPlanInfo> plans) =>
        plans.OrderBy(p => p.PriceCents).ThenBy(p => p.Name, StringComparer.Ordinal).First();

    private static bool IsFollowable(string plan) =>
        !UnfollowablePostgresPrefixes.Any(prefix => plan.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    private static AddonPlanRow Row(AddonInfo addon, AddonKind kind, AddonAvailability availability, string? proposed, DataStrategy strategy, string note) =>
        new(addon.Name, addon.Service, addon.Plan, kind, availability, proposed, strategy, note);
}
