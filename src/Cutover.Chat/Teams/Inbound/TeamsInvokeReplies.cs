namespace Cutover.Chat.Teams.Inbound;

/// <summary>
/// Private replies to card clicks, handed from the worker to the waiting <c>/api/messages</c> request so the clicker sees
/// them in the invoke response (Teams has no ephemeral messages). A reply nobody waits for is posted in the thread.
/// </summary>
public sealed class TeamsInvokeReplies
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<ChatMessage?>> _waiting = new(StringComparer.Ordinal);

    /// <summary>Registers interest in the reply to <paramref name="key"/>; the task completes when the worker is done.</summary>
    public Task<ChatMessage?> Expect(string key) =>
        _waiting.GetOrAdd(key, _ => new TaskCompletionSource<ChatMessage?>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public void Forget(string key) => _waiting.TryRemove(key, out _);

    /// <summary>Hands the reply over; false when no request is waiting for it (another dyno, or it gave up).</summary>
    public bool Deliver(string key, ChatMessage? reply) =>
        _waiting.TryRemove(key, out var waiting) && waiting.TrySetResult(reply);
}
