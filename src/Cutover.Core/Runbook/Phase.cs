namespace Cutover.Core.Runbook;

/// <summary>When a step happens relative to the cutover window.</summary>
public enum Phase
{
    /// <summary>Days or hours ahead; the source app keeps serving.</summary>
    Before,

    /// <summary>The target is built next to the source; the source keeps serving.</summary>
    Staging,

    /// <summary>The window with writes stopped: only what must happen here.</summary>
    Cutover,

    /// <summary>After go-live: monitoring and clean-up.</summary>
    After,

    /// <summary>Not part of the sequence: asked for when the team decides to go back to the source app.</summary>
    Rollback,
}
