namespace Cutover.Tests.Fakes;

/// <summary>
/// <see cref="IChatNotifier"/> that keeps what was posted (message ids m1, m2, … in order) and updated; with
/// <see cref="Failing"/> set, every post and update throws as a chat platform that is down would. The conversation is
/// kept as it was when posted to (a run attaches its thread to the same reference afterwards).
/// </summary>
internal sealed class RecordingChatNotifier : IChatNotifier
{
    private readonly List<(ConversationReference Conversation, string Id, ChatMessage Message)> _posts = [];
    private readonly List<(string Id, ChatMessage Message)> _updates = [];

    public bool Failing { get; set; }

    public IReadOnlyList<(ConversationReference Conversation, string Id, ChatMessage Message)> Posts => _posts;

    public IReadOnlyList<(string Id, ChatMessage Message)> Updates => _updates;

    public Task<string> PostAsync(ConversationReference conversation, ChatMessage message, CancellationToken cancellationToken)
    {
        if (Failing)
            throw new HttpRequestException("chat platform unavailable");
        var id = $"m{_posts.Count + 1}";
        _posts.Add((new ConversationReference(conversation.Channel, conversation.ChannelId, conversation.ThreadId, conversation.ServiceUrl, conversation.TenantId),
            id, message));
        return Task.FromResult(id);
    }

    public Task UpdateAsync(ConversationReference conversation, string messageId, ChatMessage message, CancellationToken cancellationToken)
    {
        if (Failing)
            throw new HttpRequestException("chat platform unavailable");
        _updates.Add((messageId, message));
        return Task.CompletedTask;
    }
}
