using Cutover.Core.Conversations.Handlers;

namespace Cutover.Steps.Preflight;

/// <summary>The plan's warnings, which the first approval acknowledges (the approval's audit event says so).</summary>
public sealed class PreflightBriefing(IRunFacts facts) : IStepBriefing
{
    public string StepId => StepIds.Preflight;

    public async Task<IReadOnlyList<MessageField>> BriefAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var warnings = await facts.GetAsync(run.Id, PlanHandler.PlanWarningsFact, cancellationToken).ConfigureAwait(false);
        return string.IsNullOrWhiteSpace(warnings)
            ? []
            : [new MessageField("Approving acknowledges these warnings", string.Join("\n", warnings.Split('\n').Select(w => $"• {w}")))];
    }
}
