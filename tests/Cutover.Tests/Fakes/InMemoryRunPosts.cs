namespace Cutover.Tests.Fakes;

/// <summary><see cref="IRunPosts"/> in memory: a claim is a key with no message id yet.</summary>
internal sealed class InMemoryRunPosts : IRunPosts
{
    private readonly Dictionary<long, Dictionary<string, string?>> _posts = [];

    public Task<bool> TryClaimAsync(long runId, string key, DateTimeOffset at, CancellationToken cancellationToken) =>
        Task.FromResult(Of(runId).TryAdd(key, null));

    public Task RecordAsync(long runId, string key, string messageId, CancellationToken cancellationToken)
    {
        Of(runId)[key] = messageId;
        return Task.CompletedTask;
    }

    public Task ReleaseAsync(long runId, string key, CancellationToken cancellationToken)
    {
        Of(runId).Remove(key);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, string?>> ListAsync(long runId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, string?>>(new Dictionary<string, string?>(Of(runId)));

    private Dictionary<string, string?> Of(long runId)
    {
        if (!_posts.TryGetValue(runId, out var keys))
            _posts[runId] = keys = new Dictionary<string, string?>(StringComparer.Ordinal);
        return keys;
    }
}
