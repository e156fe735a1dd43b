using System.Reflection;

namespace Cutover.Tests.Fakes;

/// <summary>
/// <see cref="IRunStore"/> in memory, as the database behaves for one writer at a time: one active run per source app,
/// ids from 1, and every change's pending audit events appended to <see cref="Audit"/> with it. Each run is one object
/// (a read hands out that object, not a copy), so a test sees every change through any reference it holds.
/// </summary>
internal sealed class InMemoryRunStore : IRunStore
{
    private static readonly PropertyInfo RunId = typeof(Run).GetProperty(nameof(Run.Id))!;

    private readonly Dictionary<long, Run> _runs = [];

    public InMemoryRunStore() => Audit = new InMemoryAuditLog(_runs.ContainsKey);

    /// <summary>The audit log of these runs (an append for a run that does not exist writes nothing, as in the database).</summary>
    public InMemoryAuditLog Audit { get; }

    /// <summary>How many changes were applied (refused ones included), to show that a refusal came before any.</summary>
    public int Updates { get; private set; }

    public Task<Result<Run>> CreateAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (_runs.Values.FirstOrDefault(r => r.IsActive && r.SourceApp == run.SourceApp) is { } holder)
            return Task.FromResult(Result<Run>.Refuse($"{run.SourceApp} already has run {holder.Id}. Finish it or `abort {holder.Id}` before planning another."));
        // The database assigns the id; Run keeps its setter private for that.
        RunId.SetValue(run, _runs.Count + 1L);
        _runs.Add(run.Id, run);
        Audit.Take(run);
        return Task.FromResult(Result<Run>.Ok(run));
    }

    public Task<Run?> GetAsync(long runId, CancellationToken cancellationToken) => Task.FromResult(_runs.GetValueOrDefault(runId));

    public Task<Run?> FindActiveAsync(string sourceApp, CancellationToken cancellationToken) =>
        Task.FromResult(_runs.Values.FirstOrDefault(r => r.IsActive && r.SourceApp == sourceApp));

    public Task<IReadOnlyList<Run>> ListActiveAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<Run>>([.. _runs.Values.Where(r => r.IsActive).OrderBy(r => r.Id)]);

    public Task<Result<T>> UpdateAsync<T>(long runId, Func<Run, Result<T>> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (!_runs.TryGetValue(runId, out var run))
            return Task.FromResult(Result<T>.Refuse($"There is no run {runId}. `list` shows the active runs."));
        Updates++;
        var result = change(run);
        Audit.Take(run);
        return Task.FromResult(result);
    }
}
