namespace Cutover.Core.Runbook;

/// <summary>
/// One step of one run. Its <see cref="Version"/> grows each time approval is (re)requested, and every
/// approval is bound to a version; <see cref="Revision"/> grows on every change and guards concurrent writers.
/// </summary>
public sealed class Step
{
    private readonly List<ApprovalDecision> _decisions = [];

    private Step()
    {
        StepId = string.Empty;
    }

    internal Step(StepDefinition definition)
    {
        StepId = definition.Id;
        Number = definition.Number;
        State = StepState.Planned;
    }

    public long Id { get; private set; }

    public string StepId { get; private set; }

    public int Number { get; private set; }

    public StepState State { get; private set; }

    public int Version { get; private set; }

    public StepIntent Intent { get; private set; }

    /// <summary>Why the step ended the way it did: rejection reason, failure message, executor note.</summary>
    public string? Outcome { get; private set; }

    public DateTimeOffset? UpdatedAt { get; private set; }

    /// <summary>Optimistic-concurrency token: two writers that read the same revision cannot both save.</summary>
    public int Revision { get; private set; }

    public StepDefinition Definition => RunbookCatalog.Get(StepId);

    public IReadOnlyList<ApprovalDecision> Decisions => _decisions;

    /// <summary>Decisions on the version currently up for approval.</summary>
    public IEnumerable<ApprovalDecision> CurrentDecisions => _decisions.Where(d => d.StepVersion == Version);

    /// <summary>Distinct approvers of the current version whose approvals still count.</summary>
    public IReadOnlyList<ApprovalDecision> LiveApprovals(TimeSpan expiry, DateTimeOffset now) =>
        CurrentDecisions.Where(d => d.IsLive(expiry, now)).ToList();

    /// <summary>When the earliest live approval of the current version lapses, if any.</summary>
    public DateTimeOffset? ApprovalsExpireAt(TimeSpan expiry) =>
        CurrentDecisions.Where(d => d.Verdict == Verdict.Approve).Select(d => (DateTimeOffset?)(d.At + expiry)).Min();

    public bool IsDone => State is StepState.Succeeded or StepState.Skipped;

    internal Result<StepState> Apply(StepTrigger trigger, DateTimeOffset now, string? outcome = null)
    {
        var move = StepTransitions.Move(State, trigger);
        if (move.IsRefused)
            return move;
        if (trigger is StepTrigger.RequestApproval or StepTrigger.Retry or StepTrigger.RequestSkip or StepTrigger.Expire or StepTrigger.Drift)
            Version++;
        if (trigger is StepTrigger.RequestApproval or StepTrigger.Retry)
            Intent = StepIntent.Execute;
        if (trigger is StepTrigger.RequestSkip)
            Intent = StepIntent.Skip;
        State = move.Value;
        Outcome = outcome;
        Touch(now);
        return move;
    }

    internal void Record(ApprovalDecision decision, DateTimeOffset now)
    {
        _decisions.Add(decision);
        Touch(now);
    }

    private void Touch(DateTimeOffset now)
    {
        UpdatedAt = now;
        Revision++;
    }

    public override string ToString() => $"{Number} {StepId} v{Version} {State}";
}
