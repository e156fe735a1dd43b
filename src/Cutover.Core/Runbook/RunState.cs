namespace Cutover.Core.Runbook;

/// <summary>The closed set of states a run can be in. <see cref="RunTransitions"/> decides every move.</summary>
public enum RunState
{
    /// <summary>The plan is posted; no step has been put up for approval yet.</summary>
    Planned,

    /// <summary>At least one step has been put up for approval.</summary>
    InProgress,

    /// <summary>Every step succeeded or was skipped.</summary>
    Completed,

    /// <summary>Stopped by an approver; nothing further happens.</summary>
    Aborted,

    /// <summary>The source app serves again (domains back, maintenance off, writers restored); nothing further happens.</summary>
    RolledBack,
}
