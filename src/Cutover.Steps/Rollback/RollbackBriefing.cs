namespace Cutover.Steps.Rollback;

/// <summary>What the rollback will do, and the warning when the data cutover (the point of no return) has run.</summary>
public sealed class RollbackBriefing : IStepBriefing
{
    public string StepId => StepIds.Rollback;

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
