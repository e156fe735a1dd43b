namespace Cutover.Tests.Fakes;

/// <summary><see cref="IStepGate"/> for one step that refuses with <see cref="Refusal"/> while it is set, counting its checks.</summary>
internal sealed class ScriptedStepGate(string stepId) : IStepGate
{
    public string StepId => stepId;

    public string? Refusal { get; set; }

    public int Checks { get; private set; }

    public Task<string?> RefusalAsync(Run run, CancellationToken cancellationToken)
    {
        Checks++;
        return Task.FromResult(Refusal);
    }
}
