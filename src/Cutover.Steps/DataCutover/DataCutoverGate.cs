namespace Cutover.Steps.DataCutover;

/// <summary>Holds back the approval of <c>data-cutover</c> while any of its manual actions waits for its Done click.</summary>
public sealed class DataCutoverGate(ManualChecklist checklist) : IStepGate
{
    public string StepId => StepIds.DataCutover;

    public Task<string?> RefusalAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        return checklist.RefusalAsync(run.Id, RunbookCatalog.Get(StepId), cancellationToken);
    }
}
