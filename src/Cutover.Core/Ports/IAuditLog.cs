using Cutover.Core.Runbook;

namespace Cutover.Core.Ports;

/// <summary>The append-only audit trail. Events are written by <see cref="IRunStore"/> together with the change they describe.</summary>
public interface IAuditLog
{
    /// <summary>Every event of a run, in the order it happened.</summary>
    Task<IReadOnlyList<AuditEvent>> ReadAsync(long runId, CancellationToken cancellationToken);
}
