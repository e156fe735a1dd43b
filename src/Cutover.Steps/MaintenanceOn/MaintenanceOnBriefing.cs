namespace Cutover.Steps.MaintenanceOn;

/// <summary>How long writes will be stopped, estimated from live measurements.</summary>
public sealed class MaintenanceOnBriefing(ICutoverWindowProbe probe) : IStepBriefing
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
