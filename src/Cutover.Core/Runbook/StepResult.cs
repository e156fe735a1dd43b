namespace Cutover.Core.Runbook;

/// <summary>What an executor reports: done (with a note for the thread) or failed (with the reason).</summary>
public sealed record StepResult(bool Succeeded, string Message)
{
    public static StepResult Done(string note) => new(true, note);

    public static StepResult Failed(string reason) => new(false, reason);
}
