namespace Cutover.Core.Ports;

/// <summary>
/// The append-only audit trail. Events of a change are written by <see cref="IRunStore"/> together with the change they
/// describe; an attempt that changed nothing (a refused click or command) is appended here on its own.
/// </summary>
public interface IAuditLog
{
    /// <summary>Every event of a run, in the order it happened.</summary>
    Task<IReadOnlyList<AuditEvent>> ReadAsync(long runId, CancellationToken cancellationToken);

    /// <summary>Appends an event that goes with no change of the run; false when there is no such run.</summary>
    Task<bool> AppendAsync(long runId, AuditEvent audit, CancellationToken cancellationToken);
}
