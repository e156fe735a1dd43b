namespace Cutover.Core.Ports;

/// <summary>
/// Small facts a run's steps learn and later steps (or a rollback) need, keyed per run: the follower's add-on
/// id, the writers' quantities before they were stopped, the new DNS targets. Never secrets.
/// </summary>
public interface IRunFacts
{
    /// <summary>The fact's value, or null when it was never recorded.</summary>
    Task<string?> GetAsync(long runId, string key, CancellationToken cancellationToken);

    /// <summary>Records or replaces a fact (a re-run of a step writes the same value again).</summary>
    Task SetAsync(long runId, string key, string value, CancellationToken cancellationToken);
}
