namespace Cutover.Core.Ports;

/// <summary>
/// Work that belongs around one step rather than in it: read what the step is about to change (the traffic baseline
/// before maintenance), or start what its success begins (health reports after go-live).
/// </summary>
public interface IStepHooks
{
    /// <summary>The runbook step id it surrounds.</summary>
    string StepId { get; }

    /// <summary>Runs when the approved step is about to start (not when an interrupted one resumes); must not throw.</summary>
    Task BeforeAsync(Run run, CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Runs once the step's success is recorded.</summary>
    Task AfterSuccessAsync(Run run, CancellationToken cancellationToken) => Task.CompletedTask;
}
