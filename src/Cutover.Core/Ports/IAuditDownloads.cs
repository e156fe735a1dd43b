namespace Cutover.Core.Ports;

/// <summary>
/// Links that download a run's audit (CSV and JSON) without a session or a login: signed by the server and valid for a
/// short while. Null when Cutover has no public address or signing key configured, and offers none.
/// </summary>
public interface IAuditDownloads
{
    AuditDownload? Offer(long runId);
}

/// <summary>The two links for one run's audit and when they stop working.</summary>
public sealed record AuditDownload(Uri Csv, Uri Json, DateTimeOffset Expires);
