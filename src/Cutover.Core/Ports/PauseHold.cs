namespace Cutover.Core.Ports;

/// <summary>Who paused Cutover, why, and since when.</summary>
public sealed record PauseHold(string By, string Reason, DateTimeOffset Since);
