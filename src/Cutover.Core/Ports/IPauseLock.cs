namespace Cutover.Core.Ports;

/// <summary>
/// The global pause: one row in the database, so every process sees it and of two people pausing at once exactly one
/// holds it. While it is held no step is approved or started; steps already running finish.
/// </summary>
public interface IPauseLock
{
    /// <summary>The hold in force, or null when Cutover is not paused.</summary>
    Task<PauseHold?> CurrentAsync(CancellationToken cancellationToken);

    /// <summary>Takes the lock with <paramref name="hold"/>; when someone holds it already, returns false and their hold.</summary>
    Task<(bool Taken, PauseHold Hold)> TakeAsync(PauseHold hold, CancellationToken cancellationToken);

    /// <summary>Releases the lock; returns the hold it released, or null when there was none.</summary>
    Task<PauseHold?> ReleaseAsync(CancellationToken cancellationToken);
}
