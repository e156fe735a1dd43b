namespace Cutover.Core.Runbook;

/// <summary>What the approval being asked for will do: run the step, or skip it.</summary>
public enum StepIntent
{
    Execute,
    Skip,
}
