namespace Cutover.Core.Ports;

/// <summary>
/// What Cutover has posted about each run, keyed by (run, key) — <c>plan</c>, <c>approval:deploy:v2</c>,
/// <c>outcome:deploy:v2</c>, <c>reminder:ttl:2026-12-01T09:00Z</c>. A key is claimed before the post, so a re-run
/// after a crash or a second worker never posts the same thing twice; the message id is kept to update it later.
/// </summary>
public interface IRunPosts
{
    /// <summary>True for the first caller with (run, key); false when it was claimed (or posted) before.</summary>
    Task<bool> TryClaimAsync(long runId, string key, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Records the message id of a claimed post.</summary>
    Task RecordAsync(long runId, string key, string messageId, CancellationToken cancellationToken);

    /// <summary>Gives a claim back after the post failed, so a later attempt posts it.</summary>
    Task ReleaseAsync(long runId, string key, CancellationToken cancellationToken);

    /// <summary>Every key of the run with its message id (null while claimed but not yet posted).</summary>
    Task<IReadOnlyDictionary<string, string?>> ListAsync(long runId, CancellationToken cancellationToken);
}
