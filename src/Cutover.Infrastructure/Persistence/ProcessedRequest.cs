namespace Cutover.Infrastructure.Persistence;

/// <summary>An inbound request key that has been claimed for processing (Slack retry, click, Teams activity).</summary>
public sealed class ProcessedRequest(string key, DateTimeOffset receivedAt)
{
    public string Key { get; private set; } = key;

    public DateTimeOffset ReceivedAt { get; private set; } = receivedAt;
}
