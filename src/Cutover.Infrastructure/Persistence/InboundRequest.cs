namespace Cutover.Infrastructure.Persistence;

/// <summary>
/// One stored chat request of the ack-then-process queue. Times that SQL compares are Unix milliseconds, which
/// both SQLite and PostgreSQL order natively.
/// </summary>
public sealed class InboundRequest(string key, string channel, string kind, string body, DateTimeOffset receivedAt)
{
    public long Id { get; private set; }

    public string Key { get; private set; } = key;

    public string Channel { get; private set; } = channel;

    public string Kind { get; private set; } = kind;

    /// <summary>The verified request as received (never logged).</summary>
    public string Body { get; private set; } = body;

    public DateTimeOffset ReceivedAt { get; private set; } = receivedAt;

    /// <summary>Not offered to a worker before this time: the lease of the current attempt, or the retry time.</summary>
    public long NotBeforeMs { get; set; } = receivedAt.ToUnixTimeMilliseconds();

    public int Attempts { get; set; }

    public bool Completed { get; set; }

    public DateTimeOffset? CompletedAt { get; set; }

    public string? LastError { get; set; }
}
