namespace Cutover.Core.Messages;

/// <summary>The preflight plan as a message: the run's thread root, readable as plain text in every channel.</summary>
public static class PlanMessages
{
    /// <summary>Config var names shown before the list is cut short (the count is always complete).</summary>
    private const int MaxConfigVarNames = 40;

    private const string None = "none";

    /// <summary>
    /// Renders <paramref name="plan"/> for <paramref name="run"/>: Failure when blocked, Warning when there are
    /// warnings, else Info. Config vars appear by name only; the plan holds no values.
    /// </summary>
    public static ChatMessage Plan(MigrationPlan plan, Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return Render(plan, $"{run.Id.ToString(CultureInfo.InvariantCulture)} requested by {run.RequestedBy}", run.CutoverAt);
    }

    /// <summary>A plan with blockers: no run was opened; shown to the user who asked, with what to fix.</summary>
    public static ChatMessage Blocked(MigrationPlan plan, string requestedBy) =>
        Render(plan, $"not opened (blocked), requested by {requestedBy}", null);

    private static ChatMessage Render(MigrationPlan plan, string runLine, DateTimeOffset? cutoverAt)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var status = plan.IsBlocked ? MessageStatus.Failure
            : plan.Warnings.Count > 0 ? MessageStatus.Warning
            : MessageStatus.Info;
        var text = plan.IsBlocked
            ? $"Cutover cannot start: fix the {Count(plan.Blockers.Count, "blocker")} below, then plan again."
            : null;
        return new ChatMessage(
            $"Cutover plan: {plan.SourceApp} → {plan.TargetSpace}",
            status,
            [
                new("Run", runLine),
                new("Cutover", cutoverAt is { } at ? at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture) : "not scheduled"),
                new("Target app", $"{plan.TargetApp} in {(plan.TargetShield ? "Shield" : "Private")} space {plan.TargetSpace}"),
                new("Add-ons", Lines(plan.Addons.Select(Addon))),
                new("Dynos", Lines(plan.Dynos.Select(Dyno))),
                new("NAT IPs", NatIps(plan)),
                new("Config vars", ConfigVars(plan.ConfigVarsToCopy)),
                new("Domains", Lines(plan.Domains.Select(Domain))),
                new("Parity", Lines(plan.Parity.Select(r => r.ToString()))),
                new("Warnings", Lines(plan.Warnings.Select(w => $"• {w}"))),
                new("Blockers", Lines(plan.Blockers.Select(b => $"• {b}"))),
            ],
            [],
            text);
    }

    private static string Addon(AddonPlanRow row) =>
        $"{row.Name} · {row.Service}:{row.CurrentPlan} → {row.ProposedPlan ?? "not provisioned"} · {Availability(row.Availability)} · {Strategy(row.Strategy)}";

    private static string Dyno(DynoMapping dyno) =>
        $"{dyno.ProcessType} ×{dyno.Quantity.ToString(CultureInfo.InvariantCulture)} · {dyno.FromSize} → {dyno.ToSize ?? "no mapping"}";

    private static string Domain(DomainInfo domain) =>
        domain.SniEndpoint is { } sni ? $"{domain.Hostname} (certificate on SNI endpoint {sni})" : domain.Hostname;

    private static string NatIps(MigrationPlan plan)
    {
        var ips = plan.NatIps.Count == 0 ? "none reported" : string.Join(", ", plan.NatIps);
        return plan.ReplacedStaticIpAddons.Count == 0 ? ips : $"{ips} (replace {string.Join(", ", plan.ReplacedStaticIpAddons)})";
    }

    private static string ConfigVars(IReadOnlyList<string> names)
    {
        var head = $"{Count(names.Count, "var")} to copy";
        if (names.Count == 0)
            return head;
        var shown = string.Join(", ", names.Take(MaxConfigVarNames));
        return names.Count > MaxConfigVarNames
            ? $"{head}: {shown}, … and {(names.Count - MaxConfigVarNames).ToString(CultureInfo.InvariantCulture)} more"
            : $"{head}: {shown}";
    }

    private static string Availability(AddonAvailability availability) => availability switch
    {
        AddonAvailability.InstallableInSpace => "in space",
        AddonAvailability.AvailableOutsideSpace => "outside space (public internet)",
        AddonAvailability.Unavailable => "unavailable",
        _ => throw new ArgumentOutOfRangeException(nameof(availability), availability, null),
    };

    private static string Strategy(DataStrategy strategy) => strategy switch
    {
        DataStrategy.Follower => "follower",
        DataStrategy.CopyWithDowntime => "copy with downtime",
        DataStrategy.Fork => "fork",
        DataStrategy.GuidedManual => "guided manual step",
        DataStrategy.Provision => "provision",
        DataStrategy.ReplacedByNat => "replaced by NAT",
        DataStrategy.AttachShared => "attach shared add-on",
        DataStrategy.None => "none",
        _ => throw new ArgumentOutOfRangeException(nameof(strategy), strategy, null),
    };

    private static string Lines(IEnumerable<string> lines)
    {
        var text = string.Join("\n", lines);
        return text.Length == 0 ? None : text;
    }

    private static string Count(int n, string noun) =>
        $"{n.ToString(CultureInfo.InvariantCulture)} {noun}{(n == 1 ? string.Empty : "s")}";
}
