namespace Cutover.Tests.Fakes;

/// <summary><see cref="IRunbookStep"/> for one step that answers with <see cref="Outcome"/> and counts its calls.</summary>
internal sealed class ScriptedStep(string stepId) : IRunbookStep
{
    public string StepId => stepId;

    /// <summary>What the next call does: returns a result or throws. Succeeds by default.</summary>
    public Func<Run, CancellationToken, StepResult> Outcome { get; set; } = (_, _) => StepResult.Done("done");

    public int Calls { get; private set; }

    public Task<StepResult> ExecuteAsync(Run run, CancellationToken cancellationToken)
    {
        Calls++;
        return Task.FromResult(Outcome(run, cancellationToken));
    }
}
