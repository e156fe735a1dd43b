using Cutover.Core.Parity;

namespace Cutover.Steps.GoLive;

/// <summary>What the parity check found: a line per property, and what the plan leaves to a person.</summary>
/// <param name="Lines">Source and target compared, property by property.</param>
/// <param name="ByHand">
/// The plan's guided rows (uploaded certificates, Scheduler jobs, the space's inbound rules) and the carried rows a
/// person must still finish (webhook secrets), as the plan words them.
/// </param>
public sealed record ParityFindings(IReadOnlyList<ParityCheckLine> Lines, IReadOnlyList<ParityRow> ByHand)
{
    /// <summary>The rows of <paramref name="plan"/> that need a person: guided ones, and carried webhooks (their secrets).</summary>
    public static IReadOnlyList<ParityRow> ByHandIn(MigrationPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return [.. plan.Parity.Where(r => r.Handling == ParityHandling.Guided || (r.Property == "Webhooks" && r.Handling == ParityHandling.Carried))];
    }
}
