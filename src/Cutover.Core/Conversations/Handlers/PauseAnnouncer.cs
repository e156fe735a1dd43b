namespace Cutover.Core.Conversations.Handlers;

/// <summary>
/// Tells every active run's thread that Cutover paused or resumed, once per pause (best effort: the pause holds
/// whether or not a post goes through, and every refused approval names it), and replies to the user.
/// </summary>
public sealed class PauseAnnouncer(IRunStore store, IRunPosts posts, IChatNotifier chat, TimeProvider clock)
{
    /// <summary>The reply to the sender of <c>pause</c> (<paramref name="paused"/>) or <c>resume</c>; the refusal when there was one.</summary>
    public async Task<ChatMessage> AnnounceAsync(Result<PauseHold> result, bool paused, CancellationToken cancellationToken)
    {
        if (result.IsRefused)
            return RunMessages.Refused(result.Refusal.Reason);
        var message = RunMessages.Paused(result.Value, paused);
        var key = $"{(paused ? "pause" : "resume")}:{result.Value.Since.ToUnixTimeMilliseconds()}";
        foreach (var run in await store.ListActiveAsync(cancellationToken).ConfigureAwait(false))
        {
            if (run.Conversation.ThreadId is null)
                continue;
            try
            {
                await posts.PostOnceAsync(chat, run, key, clock.GetUtcNow(), () => Task.FromResult(message), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The chat platform refused or failed: the pause is in force regardless.
            }
        }

        return message;
    }
}
