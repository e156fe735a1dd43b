namespace Cutover.Tests.Fakes;

/// <summary><see cref="IAuditLog"/> in memory, for the runs of an <see cref="InMemoryRunStore"/>.</summary>
internal sealed class InMemoryAuditLog(Func<long, bool> runExists) : IAuditLog
{
    private readonly List<AuditEvent> _events = [];

    /// <summary>Every event of every run, in the order they were written.</summary>
    public IReadOnlyList<AuditEvent> Events => _events;

    public Task<IReadOnlyList<AuditEvent>> ReadAsync(long runId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEvent>>([.. _events.Where(e => e.RunId == runId)]);

    public Task<bool> AppendAsync(long runId, AuditEvent audit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(audit);
        if (!runExists(runId))
            return Task.FromResult(false);
        audit.BindTo(runId);
        _events.Add(audit);
        return Task.FromResult(true);
    }

    /// <summary>The events of <paramref name="action"/>, oldest first.</summary>
    public IReadOnlyList<AuditEvent> Of(string action) => [.. _events.Where(e => e.Action == action)];

    /// <summary>Appends the run's pending events, as the store does with each change.</summary>
    public void Take(Run run)
    {
        foreach (var audit in run.TakePendingAudit())
        {
            audit.BindTo(run.Id);
            _events.Add(audit);
        }
    }
}
