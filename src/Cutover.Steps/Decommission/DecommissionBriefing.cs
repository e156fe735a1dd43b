using Cutover.Steps.GoLive;

namespace Cutover.Steps.Decommission;

/// <summary>
/// The decommission approval shows the parity check as of now, with a warning naming every difference the plan does
/// not explain: deleting the source is the last chance to see what the target lacks.
/// </summary>
public sealed class DecommissionBriefing(ParityReport parity) : IStepBriefing
{
    public string StepId => StepIds.Decommission;

    public async Task<IReadOnlyList<MessageField>> BriefAsync(Run run, CancellationToken cancellationToken) =>
        ParityReport.Fields(await parity.CheckAsync(run, cancellationToken).ConfigureAwait(false));
}
