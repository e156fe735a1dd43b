namespace Cutover.Core.Runbook;

/// <summary>
/// One migration of one source app into one target space: the aggregate that decides every move of
/// itself and its steps. Every method either changes state and records audit events, or returns a
/// refusal and changes nothing (apart from lapsing expired approvals, which is itself audited).
/// </summary>
public sealed partial class Run
{
    private readonly List<Step> _steps = [];
    private readonly List<AuditEvent> _pendingAudit = [];

    private Run()
    {
        SourceApp = string.Empty;
        TargetApp = string.Empty;
        TargetSpace = string.Empty;
        RequestedBy = string.Empty;
        Conversation = null!;
    }

    private Run(string sourceApp, string targetApp, string targetSpace, DateTimeOffset? cutoverAt, string requestedBy,
        ConversationReference conversation, DateTimeOffset now)
    {
        SourceApp = sourceApp;
        TargetApp = targetApp;
        TargetSpace = targetSpace;
        CutoverAt = cutoverAt?.ToUniversalTime();
        RequestedBy = requestedBy;
        Conversation = conversation;
        CreatedAt = now;
        State = RunState.Planned;
        _steps.AddRange(RunbookCatalog.Steps.Select(d => new Step(d)));
    }

    /// <summary>Assigned by the store; 0 until the run is saved.</summary>
    public long Id { get; private set; }

    public string SourceApp { get; private set; }

    /// <summary>The app created in the target space, named when the run is planned (<see cref="Planning.PlannerOptions.TargetAppFor"/>).</summary>
    public string TargetApp { get; private set; }

    public string TargetSpace { get; private set; }

    public DateTimeOffset? CutoverAt { get; private set; }

    /// <summary>User id of whoever typed <c>plan</c>.</summary>
    public string RequestedBy { get; private set; }

    public ConversationReference Conversation { get; private set; }

    public RunState State { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyList<Step> Steps => _steps;

    /// <summary>Audit events produced since the run was loaded; the store appends and clears them.</summary>
    public IReadOnlyList<AuditEvent> PendingAudit => _pendingAudit;

    /// <summary>The first step of the sequence that has neither succeeded nor been skipped; null when all are done.</summary>
    public Step? CurrentStep => _steps.FirstOrDefault(s => s.Definition.InSequence && !s.IsDone);

    /// <summary>The rollback step; null for a run stored before rollback existed.</summary>
    public Step? RollbackStep => FindStep(RunbookCatalog.RollbackId);

    /// <summary>Whether a rollback has been asked for and not yet failed, been rejected or finished.</summary>
    public bool RollbackPending => RollbackStep is { State: StepState.AwaitingApproval or StepState.Approved or StepState.Running };

    /// <summary>
    /// The step the executor should carry out now: an approved (or interrupted) rollback first, else the current step.
    /// </summary>
    public Step? StepToExecute =>
        RollbackStep is { State: StepState.Approved or StepState.Running } rollback ? rollback : CurrentStep;

    public bool IsActive => RunTransitions.IsActive(State);

    /// <summary>
    /// A new run in <see cref="RunState.Planned"/> with every runbook step planned; the target app is the plan's, or
    /// the default naming rule's when none is given.
    /// </summary>
    public static Run Plan(string sourceApp, string targetSpace, DateTimeOffset? cutoverAt, string requestedBy,
        ConversationReference conversation, DateTimeOffset now, string? targetApp = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceApp);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetSpace);
        ArgumentException.ThrowIfNullOrWhiteSpace(requestedBy);
        ArgumentNullException.ThrowIfNull(conversation);
        var run = new Run(sourceApp, targetApp ?? new Planning.PlannerOptions().TargetAppFor(sourceApp), targetSpace, cutoverAt, requestedBy,
            conversation, now);
        run.Audit(requestedBy, "run.planned", now, after: nameof(RunState.Planned),
            detail: $"{sourceApp} → {targetSpace}{(run.CutoverAt is { } at ? $" at {at:yyyy-MM-dd HH:mm}Z" : string.Empty)}");
        return run;
    }

    /// <summary>Records the thread root once the plan message is posted; later posts about the run go into that thread.</summary>
    public Result<Done> AttachThread(string threadId)
    {
        if (Conversation.ThreadId is { } existing)
            return existing == threadId ? Done.Value : Result<Done>.Refuse($"Run {Id} already posts into thread {existing}.");
        Conversation.AttachThread(threadId);
        return Done.Value;
    }

    public Step? FindStep(string stepId) =>
        _steps.FirstOrDefault(s => string.Equals(s.StepId, stepId, StringComparison.OrdinalIgnoreCase));

    /// <summary>Hands pending audit events to the store (which binds them to the run id) and forgets them.</summary>
    public IReadOnlyList<AuditEvent> TakePendingAudit()
    {
        var events = _pendingAudit.ToList();
        _pendingAudit.Clear();
        return events;
    }

    public override string ToString() => $"run {Id} {SourceApp} → {TargetSpace} ({State})";

    private Result<Step> Locate(string stepId)
    {
        if (!IsActive)
            return Result<Step>.Refuse($"Run {Id} is {Describe(State)}; nothing more can happen in it.");
        var step = FindStep(stepId);
        return step is null
            ? Result<Step>.Refuse($"Run {Id} has no step '{stepId}'. Steps: {RunbookCatalog.Describe()}.")
            : Result<Step>.Ok(step);
    }

    private Refusal? MustBeCurrent(Step step)
    {
        var current = CurrentStep;
        if (!step.Definition.InSequence || current is null || current == step)
            return null;
        return step.Number > current.Number
            ? new Refusal($"Step {step.Definition} is not next: step {current.Definition} must succeed or be skipped first.")
            : new Refusal($"Step {step.Definition} is already {Describe(step.State)}.");
    }

    private Refusal? MustBeInvolved(Actor actor, string what) =>
        actor.IsApprover || actor.UserId == RequestedBy
            ? null
            : new Refusal($"Only the requester or an approver of run {Id} can {what}.");

    private Result<StepState> Move(Step step, StepTrigger trigger, string actor, DateTimeOffset now,
        string? outcome = null, string? detail = null)
    {
        var before = step.State;
        var moved = step.Apply(trigger, now, outcome);
        if (moved.IsRefused)
            return moved;
        Audit(actor, $"step.{Kebab(trigger)}", now, step.StepId, step.Version, before.ToString(), step.State.ToString(),
            detail ?? outcome);
        return moved;
    }

    private Result<RunState> Move(RunTrigger trigger, string actor, DateTimeOffset now, string? detail = null)
    {
        var before = State;
        var moved = RunTransitions.Move(State, trigger);
        if (moved.IsRefused)
            return moved;
        State = moved.Value;
        Audit(actor, $"run.{Kebab(trigger)}", now, before: before.ToString(), after: State.ToString(), detail: detail);
        return moved;
    }

    private void Audit(string actor, string action, DateTimeOffset at, string? stepId = null, int? stepVersion = null,
        string? before = null, string? after = null, string? detail = null) =>
        _pendingAudit.Add(new AuditEvent(actor, action, at, stepId, stepVersion, before, after, detail));

    private static string Kebab<TEnum>(TEnum value) where TEnum : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? $"-{char.ToLowerInvariant(c)}" : $"{char.ToLowerInvariant(c)}"));

    internal static string Describe(RunState state) => state switch
    {
        RunState.Completed => "completed",
        RunState.Aborted => "aborted",
        RunState.RolledBack => "rolled back",
        RunState.InProgress => "in progress",
        _ => "planned",
    };

    internal static string Describe(StepState state) => state switch
    {
        StepState.AwaitingApproval => "awaiting approval",
        _ => state.ToString().ToLowerInvariant(),
    };
}
