namespace Cutover.Core.Ports;

/// <summary>The inbound queue's backlog: how many requests are not yet done, and when the oldest of them arrived (null when none).</summary>
public sealed record InboundBacklog(int Pending, DateTimeOffset? OldestReceivedAt);
