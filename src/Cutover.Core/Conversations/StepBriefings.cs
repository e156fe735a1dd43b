using Cutover.Core.Conversations.Handlers;
using Cutover.Core.Messages;
using Cutover.Core.Planning;
using Cutover.Core.Ports;
using Cutover.Core.Runbook;

namespace Cutover.Core.Conversations;

/// <summary>Preflight: the plan's warnings, which the first approval acknowledges (the approval's audit event says so).</summary>
public sealed class PlanWarningsBriefing(IRunFacts facts) : IStepBriefing
{
    public string StepId => RunbookCatalog.Steps[0].Id;

    public async Task<IReadOnlyList<MessageField>> BriefAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var warnings = await facts.GetAsync(run.Id, PlanHandler.PlanWarningsFact, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(warnings)
            ? []
            : [new MessageField("Approving acknowledges these warnings", string.Join("\n", warnings.Split('\n').Select(w => $"• {w}")))];
    }
}

/// <summary>Maintenance on (step 8): how long writes will be stopped, estimated from live measurements.</summary>
public sealed class CutoverWindowBriefing(ICutoverWindowProbe probe) : IStepBriefing
{
    public string StepId => StepIds.MaintenanceOn;

    public async Task<IReadOnlyList<MessageField>> BriefAsync(Run run, CancellationToken cancellationToken)
    {
        var inputs = await probe.MeasureAsync(run, cancellationToken).ConfigureAwait(false);
        var (low, high, parts) = CutoverWindowEstimate.Estimate(inputs);
        return
        [
            new MessageField("Cutover window (writes stopped, steps 8–12)", CutoverWindowEstimate.Describe(low, high)),
            new MessageField("Estimate from", string.Join("\n", parts.Select(p => $"• {p}"))),
        ];
    }
}

/// <summary>Rollback: what it will do, and the warning when the data cutover (the point of no return) has run.</summary>
public sealed class RollbackBriefing : IStepBriefing
{
    public string StepId => RunbookCatalog.RollbackId;

    public Task<IReadOnlyList<MessageField>> BriefAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var done = run.Steps.Where(s => s.Definition.InSequence && s.State == StepState.Succeeded).Select(s => s.StepId).ToHashSet(StringComparer.Ordinal);
        var actions = new List<string>();
        if (done.Contains(StepIds.Domains))
            actions.Add($"move the custom domains back to {run.SourceApp} (DNS must then point at its new targets)");
        actions.Add($"put the target app into maintenance");
        if (done.Contains(StepIds.MaintenanceOn))
            actions.Add($"scale {run.SourceApp}'s writers back and turn its maintenance off");
        var fields = new List<MessageField> { new("Rollback will", string.Join("\n", actions.Select(a => $"• {a}"))) };
        if (run.Steps.FirstOrDefault(s => s.Definition.PointOfNoReturn && s.State == StepState.Succeeded) is { } passed)
        {
            fields.Add(new MessageField("Past the point of no return",
                $"Step {passed.Definition} has run: writes made on the target since then stay in the target's database."));
        }

        return Task.FromResult<IReadOnlyList<MessageField>>(fields);
    }
}
