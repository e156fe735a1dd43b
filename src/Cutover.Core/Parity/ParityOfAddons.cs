namespace Cutover.Core.Parity;

/// <summary>
/// The add-on line of the parity check: each source add-on the plan provisions has one of the same service on the
/// target, on its plan or the plan proposed for the space; one the plan does not provision (a static IP add-on the
/// NAT replaces) is as planned; an add-on only the target has is a difference.
/// </summary>
internal static class ParityOfAddons
{
    private const string Property = "Add-ons";

    public static ParityCheckLine Compare(IReadOnlyList<AddonPlanRow> planned, IReadOnlyList<AddonInfo> source, IReadOnlyList<AddonInfo> target)
    {
        var unmatched = target.ToList();
        var (same, mapped, differences) = (new List<string>(), new List<string>(), new List<string>());
        foreach (var addon in source)
        {
            var row = planned.FirstOrDefault(r => string.Equals(r.Name, addon.Name, StringComparison.Ordinal));
            if (row is { ProposedPlan: null })
            {
                mapped.Add($"{addon.Service}:{addon.Plan} not provisioned ({row.Note.TrimEnd('.')})");
                continue;
            }

            var wanted = row?.ProposedPlan ?? addon.Plan;
            var match = unmatched.FirstOrDefault(t => Same(t.Service, addon.Service) && (Same(t.Plan, addon.Plan) || Same(t.Plan, wanted)))
                        ?? unmatched.FirstOrDefault(t => Same(t.Service, addon.Service));
            if (match is null)
            {
                differences.Add($"{addon.Service}:{wanted} missing on the target");
                continue;
            }

            unmatched.Remove(match);
            if (Same(match.Plan, addon.Plan))
                same.Add($"{addon.Service}:{addon.Plan}");
            else if (Same(match.Plan, wanted))
                mapped.Add($"{addon.Service} {addon.Plan} → {match.Plan}");
            else
                differences.Add($"{addon.Service} is {match.Plan} on the target, the plan said {wanted}");
        }

        differences.AddRange(unmatched.Select(t => $"{t.Service}:{t.Plan} extra on the target"));
        if (differences.Count > 0)
            return new ParityCheckLine(Property, ParityOutcome.Differs, string.Join("; ", differences));
        var shape = same.Count == 0 && mapped.Count == 0 ? "none on either" : string.Join(", ", same);
        return mapped.Count == 0
            ? new ParityCheckLine(Property, ParityOutcome.Same, shape)
            : new ParityCheckLine(Property, ParityOutcome.AsPlanned, $"{(same.Count == 0 ? "" : shape + " ")}(as planned: {string.Join("; ", mapped)})");
    }

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
