namespace Cutover.Sandbox.Runtime;

/// <summary><c>GET /api/sandbox/audit/{runId}</c>: the run and everything that happened to it, oldest first.</summary>
public sealed record AuditView(long RunId, string SourceApp, string TargetSpace, string State, IReadOnlyList<AuditEntry> Entries);
