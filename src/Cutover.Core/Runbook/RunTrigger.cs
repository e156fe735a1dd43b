namespace Cutover.Core.Runbook;

/// <summary>Everything that can happen to a run as a whole.</summary>
public enum RunTrigger
{
    Start,
    Complete,
    Abort,
    RollBack,
}
