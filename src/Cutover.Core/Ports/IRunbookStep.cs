namespace Cutover.Core.Ports;

/// <summary>
/// What one runbook step does once it is approved: the work on Heroku, DNS or the run's own facts. Every step is
/// idempotent: it reads the current state first and acts only where the effect is missing, so running it again after
/// a crash or a duplicated job changes nothing twice. Each step lives in its own folder of <c>Cutover.Steps</c>, named
/// <c>&lt;Name&gt;Step</c>, next to its optional <see cref="IStepBriefing"/>, <see cref="IStepGate"/> and
/// <see cref="IStepHooks"/>.
/// </summary>
public interface IRunbookStep
{
    /// <summary>The runbook step id it carries out, e.g. <c>create-app</c>.</summary>
    string StepId { get; }

    /// <summary>Does the step for the run; a failure says what went wrong in words fit for the thread (no secrets).</summary>
    Task<StepResult> ExecuteAsync(Run run, CancellationToken cancellationToken);
}
