namespace Cutover.Tests.Fakes;

/// <summary><see cref="IStepHooks"/> for one step that writes each call, with the step's state at that moment, to a shared log.</summary>
internal sealed class RecordingStepHooks(string stepId, InMemoryRunStore store, List<string> log) : IStepHooks
{
    public string StepId => stepId;

    public async Task BeforeAsync(Run run, CancellationToken cancellationToken) =>
        log.Add($"before {stepId} ({await StateAsync(run.Id)})");

    public async Task AfterSuccessAsync(Run run, CancellationToken cancellationToken) =>
        log.Add($"after {stepId} ({await StateAsync(run.Id)})");

    private async Task<StepState?> StateAsync(long runId) =>
        (await store.GetAsync(runId, CancellationToken.None))?.FindStep(stepId)?.State;
}
