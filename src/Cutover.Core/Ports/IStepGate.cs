namespace Cutover.Core.Ports;

/// <summary>A condition a step's approval must meet beyond the approval policy, checked when an approver clicks.</summary>
public interface IStepGate
{
    /// <summary>The runbook step id it guards.</summary>
    string StepId { get; }

    /// <summary>Why the step cannot be approved now (what to do about it), or null when it can.</summary>
    Task<string?> RefusalAsync(Run run, CancellationToken cancellationToken);
}
