namespace Cutover.Sandbox.Runtime;

/// <summary>One line of a run's audit view: an audit event of the run, or a change the simulated Heroku received.</summary>
/// <param name="At">When (sandbox time).</param>
/// <param name="Source"><c>cutover</c> (the run's append-only audit log) or <c>heroku</c> (a request that changed the account).</param>
/// <param name="Actor">Who: a user id, or <c>cutover</c> itself.</param>
/// <param name="Action">What: an audit action (<c>step.approval-recorded</c>) or an HTTP method and path (<c>POST /teams/apps</c>).</param>
/// <param name="StepId">The step, for audit events about one.</param>
/// <param name="StepVersion">The step version, for audit events about one.</param>
/// <param name="Before">The state before, for transitions.</param>
/// <param name="After">The state after, or the HTTP status Heroku answered.</param>
/// <param name="Detail">The outcome, reason or note.</param>
public sealed record AuditEntry(DateTimeOffset At, string Source, string Actor, string Action, string? StepId, int? StepVersion,
    string? Before, string? After, string? Detail);
