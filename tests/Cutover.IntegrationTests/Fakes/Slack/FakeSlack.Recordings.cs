namespace Cutover.IntegrationTests.Fakes.Slack;

/// <summary>What the fake recorded, as snapshots, and waiting until it recorded something.</summary>
public sealed partial class FakeSlack
{
    /// <summary>Every message posted, in order, as it is now (updates applied).</summary>
    public IReadOnlyList<FakeSlackMessage> Messages()
    {
        lock (_gate)
            return [.. _messages];
    }

    /// <summary>The messages of one channel, in order.</summary>
    public IReadOnlyList<FakeSlackMessage> Messages(string channel)
    {
        lock (_gate)
            return [.. _messages.Where(m => m.Channel == channel)];
    }

    /// <summary>The channel-level messages of a channel (thread roots and unthreaded posts), in order.</summary>
    public IReadOnlyList<FakeSlackMessage> RootMessages(string channel)
    {
        lock (_gate)
            return [.. _messages.Where(m => m.Channel == channel && m.ThreadTs is null)];
    }

    /// <summary>The replies in the thread whose root is <paramref name="rootTs"/>, in order.</summary>
    public IReadOnlyList<FakeSlackMessage> Thread(string channel, string rootTs)
    {
        lock (_gate)
            return [.. _messages.Where(m => m.Channel == channel && m.ThreadTs == rootTs)];
    }

    /// <summary>One message as it is now, or null.</summary>
    public FakeSlackMessage? Message(string channel, string ts)
    {
        lock (_gate)
            return _messages.FirstOrDefault(m => m.Channel == channel && m.Ts == ts);
    }

    public IReadOnlyList<FakeSlackUpdate> Updates()
    {
        lock (_gate)
            return [.. _updates];
    }

    public IReadOnlyList<FakeSlackEphemeral> Ephemerals()
    {
        lock (_gate)
            return [.. _ephemerals];
    }

    /// <summary>The ephemeral messages <paramref name="user"/> saw, in order.</summary>
    public IReadOnlyList<FakeSlackEphemeral> Ephemerals(string user)
    {
        lock (_gate)
            return [.. _ephemerals.Where(e => e.User == user)];
    }

    public IReadOnlyList<FakeSlackView> Views()
    {
        lock (_gate)
            return [.. _views];
    }

    /// <summary>Every Web API call answered, in order (including 429s and errors).</summary>
    public IReadOnlyList<FakeSlackCall> Calls()
    {
        lock (_gate)
            return [.. _calls];
    }

    /// <summary>How many calls of <paramref name="method"/> were answered (any outcome).</summary>
    public int CallCount(string method)
    {
        lock (_gate)
            return _calls.Count(c => c.Method == method);
    }

    /// <summary>Every POST the bot made to a <c>response_url</c>, in order.</summary>
    public IReadOnlyList<FakeSlackResponse> Responses()
    {
        lock (_gate)
            return [.. _responses];
    }

    /// <summary>Every request sent to the bot as Slack, in order.</summary>
    public IReadOnlyList<FakeSlackDelivery> Deliveries()
    {
        lock (_gate)
            return [.. _deliveries];
    }

    /// <summary>
    /// Waits until <paramref name="predicate"/> holds for the fake's recordings (it is re-checked on every change),
    /// or throws <see cref="TimeoutException"/> describing what was recorded.
    /// </summary>
    public async Task WaitForAsync(Func<FakeSlack, bool> predicate, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task changed;
            lock (_gate)
                changed = _changed.Task;
            if (predicate(this))
                return;
            try
            {
                await changed.WaitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                if (predicate(this))
                    return;
                throw new TimeoutException($"Fake Slack: condition not met within {timeout}. Recorded:\n{Describe()}");
            }
        }
    }

    /// <summary>Waits for a value: <paramref name="probe"/> is re-run on every change until it returns non-null.</summary>
    public async Task<T> WaitForAsync<T>(Func<FakeSlack, T?> probe, TimeSpan timeout)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(probe);
        T? found = null;
        await WaitForAsync(fake => (found = probe(fake)) is not null, timeout);
        return found!;
    }

    /// <summary>Everything recorded, one line each (for failure messages).</summary>
    public string Describe()
    {
        lock (_gate)
        {
            var lines = _messages.Select(m => $"message {m.Channel}/{m.Ts} thread={m.ThreadTs ?? "-"} v{m.Version}: {m.Text}")
                .Concat(_ephemerals.Select(e => $"ephemeral {e.Channel} to {e.User}: {e.Text}"))
                .Concat(_views.Select(v => $"view {v.Id} ({v.CallbackId}) for {v.User}"))
                .Concat(_calls.Where(c => !c.Ok).Select(c => $"call {c.Method} → {(int)c.Status} {c.Error}"));
            return string.Join("\n", lines);
        }
    }
}
