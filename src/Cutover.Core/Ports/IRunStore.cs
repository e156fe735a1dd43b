namespace Cutover.Core.Ports;

/// <summary>Durable runs with their steps and approvals. Every change appends the run's pending audit events atomically.</summary>
public interface IRunStore
{
    /// <summary>
    /// Saves a new run. Refused, naming the holder, when the source app already has an active run
    /// (the database's unique constraint decides; there is no check-then-insert race).
    /// </summary>
    Task<Result<Run>> CreateAsync(Run run, CancellationToken cancellationToken);

    /// <summary>The run with its steps and approvals, or null.</summary>
    Task<Run?> GetAsync(long runId, CancellationToken cancellationToken);

    /// <summary>The planned or in-progress run of a source app, or null.</summary>
    Task<Run?> FindActiveAsync(string sourceApp, CancellationToken cancellationToken);

    /// <summary>All planned or in-progress runs, oldest first.</summary>
    Task<IReadOnlyList<Run>> ListActiveAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Loads the run, applies <paramref name="change"/> and saves under optimistic concurrency: if another
    /// writer changed a step in between, the change is re-applied to fresh state (a bounded number of times).
    /// State the change made before refusing (lapsed approvals) is saved too; a refusal otherwise changes nothing.
    /// </summary>
    Task<Result<T>> UpdateAsync<T>(long runId, Func<Run, Result<T>> change, CancellationToken cancellationToken);
}
