namespace Cutover.Sandbox.Console;

/// <summary>
/// The sandbox's chat channel, in memory: messages with threads (a post without a thread id starts one), updated in
/// place like Slack's <c>chat.update</c>, and a live feed of every change for the console page. Thread-safe. Holds at
/// most <see cref="Capacity"/> messages; the oldest go first.
/// </summary>
public sealed class ConsoleChannel(TimeProvider clock)
{
    /// <summary>How many messages the channel keeps.</summary>
    public const int Capacity = 5000;

    /// <summary>The author shown on Cutover's own posts.</summary>
    public const string BotName = "Cutover";

    private readonly Lock _gate = new();
    private readonly List<ConsoleMessageView> _messages = [];
    private readonly Dictionary<string, int> _positions = new(StringComparer.Ordinal);
    private readonly List<ConsoleSubscription> _subscribers = [];
    private long _lastId;
    private long _sequence;
    private int _evicted;

    /// <summary>Posts a message from Cutover into <paramref name="threadId"/>, or as a new thread's root when it is null; returns its id.</summary>
    /// <exception cref="InvalidOperationException">The thread is not in the channel (never posted, or evicted).</exception>
    public string Post(string channelId, string? threadId, ChatMessage message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentNullException.ThrowIfNull(message);
        return Add(id => ConsoleMessageView.FromBot(id, channelId, threadId, BotName, message, clock.GetUtcNow()), threadId);
    }

    /// <summary>Posts what a user typed, at the top of the channel or into a thread; returns its id.</summary>
    /// <exception cref="InvalidOperationException">The thread is not in the channel.</exception>
    public string PostTyped(string channelId, string? threadId, string userId, string text)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(channelId);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentNullException.ThrowIfNull(text);
        return Add(id => ConsoleMessageView.FromUser(id, channelId, threadId, userId, text, clock.GetUtcNow()), threadId);
    }

    /// <summary>Replaces the content of one of Cutover's messages; its thread, author and time of posting stay.</summary>
    /// <exception cref="InvalidOperationException">No message has that id, or it is not Cutover's.</exception>
    public void Update(string messageId, ChatMessage message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentNullException.ThrowIfNull(message);
        lock (_gate)
        {
            if (!_positions.TryGetValue(messageId, out var position))
                throw new InvalidOperationException($"The console has no message {messageId}.");
            var current = _messages[position - _evicted];
            if (current.Kind != ConsoleMessageView.BotKind)
                throw new InvalidOperationException($"Message {messageId} was typed by {current.Author}; Cutover only updates its own posts.");
            var edited = current.Edited(message, clock.GetUtcNow());
            _messages[position - _evicted] = edited;
            Broadcast(ConsoleEvent.Update, edited);
        }
    }

    /// <summary>Every message, oldest first.</summary>
    public IReadOnlyList<ConsoleMessageView> Messages()
    {
        lock (_gate)
            return [.. _messages];
    }

    /// <summary>The message with this id, or null.</summary>
    public ConsoleMessageView? Find(string messageId)
    {
        lock (_gate)
            return _positions.TryGetValue(messageId, out var position) ? _messages[position - _evicted] : null;
    }

    /// <summary>Tells live listeners about something other than a message (the clock, Heroku's state).</summary>
    public void Publish(string kind, object data)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(kind);
        ArgumentNullException.ThrowIfNull(data);
        lock (_gate)
            Broadcast(kind, data);
    }

    /// <summary>Starts listening: the snapshot and the feed are taken together, so nothing falls between them.</summary>
    public ConsoleSubscription Subscribe()
    {
        lock (_gate)
        {
            var subscription = new ConsoleSubscription([.. _messages], _sequence, Unsubscribe);
            _subscribers.Add(subscription);
            return subscription;
        }
    }

    /// <summary>How many listeners are attached.</summary>
    public int Listeners
    {
        get
        {
            lock (_gate)
                return _subscribers.Count;
        }
    }

    private string Add(Func<string, ConsoleMessageView> create, string? threadId)
    {
        lock (_gate)
        {
            if (threadId is not null)
            {
                if (!_positions.TryGetValue(threadId, out var rootPosition))
                    throw new InvalidOperationException($"The console has no thread {threadId}.");
                if (_messages[rootPosition - _evicted].ThreadId is not null)
                    throw new InvalidOperationException($"Message {threadId} is a reply, not a thread's root.");
            }

            var id = "m" + (++_lastId).ToString(CultureInfo.InvariantCulture);
            var message = create(id);
            if (message.RunId is null && threadId is not null)
                message = message with { RunId = _messages[_positions[threadId] - _evicted].RunId ?? RunOfThread(threadId) };
            _positions[id] = _messages.Count + _evicted;
            _messages.Add(message);
            if (_messages.Count > Capacity)
            {
                _positions.Remove(_messages[0].Id);
                _messages.RemoveAt(0);
                _evicted++;
            }

            Broadcast(ConsoleEvent.Message, message);
            return id;
        }
    }

    /// <summary>The run of a thread: the first of its messages whose buttons name one.</summary>
    private long? RunOfThread(string threadId) =>
        _messages.FirstOrDefault(m => m.RunId is not null && string.Equals(m.ThreadId, threadId, StringComparison.Ordinal))?.RunId;

    private void Broadcast(string kind, object data)
    {
        var consoleEvent = new ConsoleEvent(++_sequence, kind, data);
        foreach (var subscriber in _subscribers)
            subscriber.Deliver(consoleEvent);
    }

    private void Unsubscribe(ConsoleSubscription subscription)
    {
        lock (_gate)
            _subscribers.Remove(subscription);
    }
}
