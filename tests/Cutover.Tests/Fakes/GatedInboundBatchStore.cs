using System.Threading.Channels;
using Cutover.Infrastructure.Persistence;

namespace Cutover.Tests.Fakes;

/// <summary>
/// <see cref="IInboundRequestBatchStore"/> in memory whose commits wait for the test: each batch the writer commits is
/// handed to the test (<see cref="NextCommitAsync"/>), which lets it succeed or fail. Keys stored once stay stored.
/// </summary>
internal sealed class GatedInboundBatchStore(params string[] storedBefore) : IInboundRequestBatchStore
{
    /// <summary>How long the test waits for the writer to start a commit before it calls the writer hung.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly Channel<Commit> _commits = Channel.CreateUnbounded<Commit>();
    private readonly HashSet<string> _stored = [.. storedBefore];

    public async Task<IReadOnlySet<string>> InsertNewAsync(IReadOnlyList<InboundRequest> requests, CancellationToken cancellationToken)
    {
        var commit = new Commit([.. requests.Select(r => r.Key)]);
        _commits.Writer.TryWrite(commit);
        await commit.Outcome.Task.WaitAsync(cancellationToken);
        lock (_stored)
            return requests.Select(r => r.Key).Where(_stored.Add).ToHashSet();
    }

    /// <summary>The next batch the writer commits, once it has started committing it.</summary>
    public async Task<Commit> NextCommitAsync() => await _commits.Reader.ReadAsync().AsTask().WaitAsync(Patience);

    /// <summary>One commit under way: its batch's keys, held until the test decides how it ends.</summary>
    public sealed class Commit(IReadOnlyList<string> keys)
    {
        public IReadOnlyList<string> Keys { get; } = keys;

        public TaskCompletionSource Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Succeed() => Outcome.SetResult();

        public void Fail(Exception exception) => Outcome.SetException(exception);
    }
}
