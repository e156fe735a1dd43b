using Cutover.Core.Runbook;

namespace Cutover.Core.Ports;

/// <summary>
/// Carries out one runbook step against Heroku once it is approved. Every executor is idempotent: it reads
/// Heroku's state first and only acts when the effect is missing, so running it again after a crash or a
/// duplicated job changes nothing twice.
/// </summary>
public interface IStepExecutor
{
    /// <summary>The runbook step id it carries out, e.g. <c>create-app</c>.</summary>
    string StepId { get; }

    /// <summary>Does the step for the run; a failure says what went wrong in words fit for the thread (no secrets).</summary>
    Task<StepResult> ExecuteAsync(Run run, CancellationToken cancellationToken);
}
