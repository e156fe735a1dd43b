namespace Cutover.Core.Conversations;

/// <summary>
/// Claim, post, record: the one way Cutover posts into a run's thread. The key is claimed first, so a second worker or
/// a re-run posts nothing; a failed post gives the claim back, so the next attempt posts it.
/// </summary>
public static class PostOnce
{
    /// <summary>
    /// Posts the message built by <paramref name="message"/> (only built when the claim is won) unless (run, key) was
    /// posted; true when this call posted it. A failure of the post is rethrown after the claim is given back.
    /// </summary>
    public static async Task<bool> PostOnceAsync(this IRunPosts posts, IChatNotifier chat, Run run, string key, DateTimeOffset now,
        Func<Task<ChatMessage>> message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(posts);
        ArgumentNullException.ThrowIfNull(chat);
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(message);
        if (!await posts.TryClaimAsync(run.Id, key, now, cancellationToken).ConfigureAwait(false))
            return false;
        try
        {
            var id = await chat.PostAsync(run.Conversation, await message().ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
            await posts.RecordAsync(run.Id, key, id, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await posts.ReleaseAsync(run.Id, key, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }
}
