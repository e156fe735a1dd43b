namespace Cutover.Core.Ports;

/// <summary>Processed inbound request keys: a Slack retry, a double click or a redelivered activity has exactly one effect.</summary>
public interface IRequestLedger
{
    /// <summary>True for the first caller with <paramref name="key"/>; false for every later one (a unique key decides).</summary>
    Task<bool> TryClaimAsync(string key, DateTimeOffset receivedAt, CancellationToken cancellationToken);
}
