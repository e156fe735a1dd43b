using Cutover.Chat.Inbound;
using Cutover.Core.Conversations;

namespace Cutover.Tests.Fakes;

/// <summary><see cref="IInboundReplies"/> that keeps every reply (null included) with the stored request's key and its addressee.</summary>
internal sealed class RecordingInboundReplies(string channel) : IInboundReplies
{
    private readonly List<(string Key, ChatRequest To, ChatMessage? Reply)> _replies = [];

    public string Channel => channel;

    public IReadOnlyList<(string Key, ChatRequest To, ChatMessage? Reply)> Replies => _replies;

    public Task ReplyAsync(string key, ChatRequest to, ChatMessage? reply, CancellationToken cancellationToken)
    {
        _replies.Add((key, to, reply));
        return Task.CompletedTask;
    }
}
