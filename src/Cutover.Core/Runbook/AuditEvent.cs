namespace Cutover.Core.Runbook;

/// <summary>One append-only record of something that happened to a run: who, what, when, before and after.</summary>
public sealed class AuditEvent
{
    private AuditEvent()
    {
        Actor = string.Empty;
        Action = string.Empty;
    }

    public AuditEvent(
        string actor,
        string action,
        DateTimeOffset at,
        string? stepId = null,
        int? stepVersion = null,
        string? before = null,
        string? after = null,
        string? detail = null)
    {
        Actor = actor;
        Action = action;
        At = at;
        StepId = stepId;
        StepVersion = stepVersion;
        Before = before;
        After = after;
        Detail = detail;
    }

    public long Id { get; private set; }

    public long RunId { get; private set; }

    public string Actor { get; private set; }

    public string Action { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string? StepId { get; private set; }

    public int? StepVersion { get; private set; }

    public string? Before { get; private set; }

    public string? After { get; private set; }

    public string? Detail { get; private set; }

    /// <summary>Binds the event to its run once the run has an id (set by the store, once).</summary>
    public void BindTo(long runId)
    {
        if (RunId != 0 && RunId != runId)
            throw new InvalidOperationException($"Audit event already belongs to run {RunId}.");
        RunId = runId;
    }

    public override string ToString() =>
        $"{At:O} {Actor} {Action} {StepId}{(StepVersion is { } v ? $"@v{v}" : string.Empty)} {Before}->{After} {Detail}".TrimEnd();
}
