namespace Cutover.Chat.Inbound;

/// <summary>How one platform (<c>slack</c>, <c>teams</c>) answers the person whose stored request was worked.</summary>
public interface IInboundReplies
{
    /// <summary>The inbound queue's channel this platform's requests are stored under.</summary>
    string Channel { get; }

    /// <summary>
    /// Gives <paramref name="to"/>'s user what only they should see (help, status, a refusal) for the stored request
    /// <paramref name="key"/>; <paramref name="reply"/> is null when everything went into the thread.
    /// </summary>
    Task ReplyAsync(string key, ChatRequest to, ChatMessage? reply, CancellationToken cancellationToken);
}
