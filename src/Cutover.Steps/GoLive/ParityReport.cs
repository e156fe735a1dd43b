using Cutover.Core.Parity;
using Cutover.Core.Results;
using Cutover.Steps.Domains;
using Cutover.Steps.MaintenanceOn;

namespace Cutover.Steps.GoLive;

/// <summary>
/// The parity check of a run: the source inspected as it ran before the cutover (its writers' quantities from
/// <see cref="MaintenanceOnStep.WritersFact"/>, its moved domains from <see cref="DomainsStep.HostsFact"/>) against
/// the target inspected now, planned with the operator's choices (<see cref="ParityCheck"/>). Posted once after
/// go-live, and shown again in the decommission approval.
/// </summary>
public sealed class ParityReport(IMigrationInspector inspector, PlannerOptions options, IRunFacts facts)
{
    /// <summary>One line per property and what is left to a person, or why either app cannot be read.</summary>
    public async Task<Result<ParityFindings>> CheckAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var sourceRead = inspector.InspectAsync(run.SourceApp, run.TargetSpace, cancellationToken);
        var targetRead = inspector.InspectAsync(run.TargetApp, run.TargetSpace, cancellationToken);
        var (source, target) = (await sourceRead.ConfigureAwait(false), await targetRead.ConfigureAwait(false));
        if (source.IsRefused)
            return source.Refusal;
        if (target.IsRefused)
            return target.Refusal;

        var asItRan = await AsItRanAsync(run.Id, source.Value.Source, cancellationToken).ConfigureAwait(false);
        var plan = MigrationPlanner.Plan(source.Value with { Source = asItRan }, options);
        return Result<ParityFindings>.Ok(new ParityFindings(ParityCheck.Compare(asItRan, target.Value.Source, plan), ParityFindings.ByHandIn(plan)));
    }

    /// <summary>The thread's message: a line per property, what is still by hand, a warning when anything differs unexplained.</summary>
    public static ChatMessage Message(Run run, Result<ParityFindings> check)
    {
        ArgumentNullException.ThrowIfNull(run);
        var title = $"Parity check: {run.TargetApp} against {run.SourceApp}";
        if (check.IsRefused)
            return ChatMessage.Plain(title, MessageStatus.Warning, $"The parity check could not read both apps: {check.Refusal.Reason}");
        return new ChatMessage(title, ParityCheck.HasUnexplained(check.Value.Lines) ? MessageStatus.Warning : MessageStatus.Success, Fields(check), []);
    }

    /// <summary>
    /// The check as fields: the lines, what is still by hand (when anything is), and the differences nothing explains
    /// (when there are any).
    /// </summary>
    public static IReadOnlyList<MessageField> Fields(Result<ParityFindings> check)
    {
        if (check.IsRefused)
            return [new MessageField("Parity check", $"Could not read both apps: {check.Refusal.Reason}")];
        var lines = check.Value.Lines;
        var fields = new List<MessageField> { new("Parity check", string.Join("\n", lines)) };
        if (check.Value.ByHand.Count > 0)
            fields.Add(new MessageField("Still by hand", string.Join("\n", check.Value.ByHand)));
        var differing = lines.Where(l => l.Outcome == ParityOutcome.Differs).Select(l => l.Property).ToList();
        if (differing.Count > 0)
        {
            fields.Add(new MessageField("Unexplained differences",
                $"{string.Join(", ", differing)} differ and the plan does not say why: fix them on the target, or check they are meant, before the source is deleted."));
        }

        return fields;
    }

    private async Task<SourceSnapshot> AsItRanAsync(long runId, SourceSnapshot source, CancellationToken cancellationToken)
    {
        var writers = Writers.Parse(await facts.GetAsync(runId, MaintenanceOnStep.WritersFact, cancellationToken).ConfigureAwait(false));
        var moved = (await facts.GetAsync(runId, DomainsStep.HostsFact, cancellationToken).ConfigureAwait(false) ?? string.Empty)
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var domains = source.Domains.Concat(moved
                .Where(h => source.Domains.All(d => !string.Equals(d.Hostname, h, StringComparison.OrdinalIgnoreCase)))
                .Select(h => new DomainInfo(h, null, null)))
            .ToList();
        var formation = source.Formation.Select(f => writers.TryGetValue(f.Type, out var quantity) ? f with { Quantity = quantity } : f).ToList();
        return source with { Domains = domains, Formation = formation };
    }
}
