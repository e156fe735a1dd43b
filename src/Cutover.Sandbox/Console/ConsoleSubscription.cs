using System.Threading.Channels;

namespace Cutover.Sandbox.Console;

/// <summary>
/// One live listener of the console (a page's event stream): the channel's messages at the moment it subscribed, then
/// every event after them, in order. Dispose it when the listener goes away.
/// </summary>
public sealed class ConsoleSubscription : IDisposable
{
    private readonly Channel<ConsoleEvent> _events = Channel.CreateUnbounded<ConsoleEvent>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Action<ConsoleSubscription> _unsubscribe;

    internal ConsoleSubscription(IReadOnlyList<ConsoleMessageView> snapshot, long sequence, Action<ConsoleSubscription> unsubscribe)
    {
        Snapshot = snapshot;
        Sequence = sequence;
        _unsubscribe = unsubscribe;
    }

    /// <summary>Every message of the channel when the subscription began, oldest first.</summary>
    public IReadOnlyList<ConsoleMessageView> Snapshot { get; }

    /// <summary>The sequence number of the last event the snapshot includes.</summary>
    public long Sequence { get; }

    /// <summary>The events after the snapshot.</summary>
    public ChannelReader<ConsoleEvent> Events => _events.Reader;

    internal void Deliver(ConsoleEvent consoleEvent) => _events.Writer.TryWrite(consoleEvent);

    public void Dispose()
    {
        _unsubscribe(this);
        _events.Writer.TryComplete();
    }
}
