namespace Cutover.Core.Dns;

/// <summary>Whether one record lets the cutover proceed, and why.</summary>
/// <param name="Name">The host name.</param>
/// <param name="Ready">TTL at or below the target and the old TTL expired from caches.</param>
/// <param name="SafeAt">From when caches can no longer hold the old TTL; null when that cannot be known yet.</param>
/// <param name="Reason">One sentence for the thread, with the action needed when not ready.</param>
public sealed record RecordReadiness(string Name, bool Ready, DateTimeOffset? SafeAt, string Reason);
