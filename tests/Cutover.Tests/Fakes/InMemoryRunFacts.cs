namespace Cutover.Tests.Fakes;

/// <summary><see cref="IRunFacts"/> in memory, keyed by (run, key).</summary>
internal sealed class InMemoryRunFacts : IRunFacts
{
    private readonly Dictionary<(long RunId, string Key), string> _facts = [];

    public Task<string?> GetAsync(long runId, string key, CancellationToken cancellationToken) =>
        Task.FromResult(_facts.GetValueOrDefault((runId, key)));

    public Task SetAsync(long runId, string key, string value, CancellationToken cancellationToken)
    {
        _facts[(runId, key)] = value;
        return Task.CompletedTask;
    }
}
