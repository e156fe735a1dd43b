namespace Cutover.Core.Messages;

/// <summary>The messages Cutover posts about runs, built once here for every channel.</summary>
public static class RunMessages
{
    /// <summary>The approval request for the current version of a step, with Approve / Reject buttons.</summary>
    public static ChatMessage ApprovalRequest(Run run, Step step, ApprovalPolicy policy) =>
        ApprovalRequest(run, step, policy, []);

    /// <summary>
    /// The approval request with the step's briefing (plan warnings to acknowledge, the cutover-window estimate, what a
    /// rollback will do) and the approvals recorded so far on this version.
    /// </summary>
    public static ChatMessage ApprovalRequest(Run run, Step step, ApprovalPolicy policy, IReadOnlyList<MessageField> briefing)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(step);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(briefing);
        var definition = step.Definition;
        var payload = new StepActionPayload(run.Id, step.StepId, step.Version);
        var need = policy.RequiredApprovals(definition);
        var verb = step.Intent == StepIntent.Skip ? "Skip" : "Run";
        var soFar = step.CurrentDecisions.Where(d => d.Verdict == Verdict.Approve)
            .Select(d => $"{d.UserId} at {Utc(d.At)}").ToList();
        var confirm = definition.Destructive && step.Intent == StepIntent.Execute
            ? new ConfirmPrompt($"{definition.Title}?",
                $"This step is destructive{(definition.PointOfNoReturn ? " and a point of no return" : string.Empty)}. It needs {need} distinct approvers.",
                "Approve", "Cancel")
            : null;
        return new ChatMessage(
            $"{verb} step {definition.Number}: {definition.Title}?",
            MessageStatus.Pending,
            [
                new("Run", $"{run.Id} ({run.SourceApp} → {run.TargetSpace})"),
                new("Version", step.Version.ToString(CultureInfo.InvariantCulture)),
                new("Approvals needed", need.ToString(CultureInfo.InvariantCulture)),
                .. soFar.Count == 0 ? Array.Empty<MessageField>() : [new MessageField("Approved so far", string.Join("\n", soFar))],
                new("Expires", $"{policy.Expiry.TotalHours:0.#} h after approval"),
                .. briefing,
            ],
            [
                new(ActionIds.ApproveStep, "Approve", ActionStyle.Primary, payload, confirm),
                new(ActionIds.RejectStep, "Reject", ActionStyle.Danger, payload),
            ])
        {
            Mentions = policy.MentionsOn(run.Conversation.Channel, run.RequestedBy),
        };
    }

    /// <summary>An approval request whose version was re-issued (approvals lapsed, retry, skip asked): its buttons are gone.</summary>
    public static ChatMessage Superseded(Run run, Step step, int version) =>
        new($"Step {step.Number}: {step.Definition.Title} — v{version.ToString(CultureInfo.InvariantCulture)} superseded",
            MessageStatus.Info,
            [
                new("Run", $"{run.Id} ({run.SourceApp} → {run.TargetSpace})"),
                new("Now", $"v{step.Version.ToString(CultureInfo.InvariantCulture)} is {Describe(step.State)}; use the latest request in the thread."),
            ],
            []);

    /// <summary>A step has started running.</summary>
    public static ChatMessage Started(Run run, Step step) =>
        Plain($"▶ Step {step.Number}: {step.Definition.Title} is running", MessageStatus.Info,
            $"Run {run.Id}, v{step.Version.ToString(CultureInfo.InvariantCulture)}. The outcome follows in this thread.");

    /// <summary>A step's outcome: succeeded (with the executor's note), failed (with what to do next) or skipped.</summary>
    public static ChatMessage Outcome(Run run, Step step)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(step);
        var (mark, status, next) = step.State switch
        {
            StepState.Succeeded => ("✓", MessageStatus.Success, (string?)null),
            StepState.Skipped => ("↷", MessageStatus.Info, null),
            _ => ("✗", MessageStatus.Failure,
                step.Definition.InSequence
                    ? $"Fix the cause, then `retry {run.Id} {step.StepId}`; or `skip {run.Id} {step.StepId}`, `abort {run.Id}` or `rollback {run.Id}`."
                    : $"Fix the cause, then `retry {run.Id} {step.StepId}`."),
        };
        var text = string.Join("\n", new[] { step.Outcome, next }.Where(t => !string.IsNullOrWhiteSpace(t)));
        return Plain($"{mark} Step {step.Number}: {step.Definition.Title} {Describe(step.State)}", status, text.Length == 0 ? null : text);
    }

    /// <summary>The run has ended: completed, aborted or rolled back.</summary>
    public static ChatMessage Ended(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.State switch
        {
            RunState.Completed => Plain($"Run {run.Id} completed: {run.SourceApp} now runs in {run.TargetSpace}", MessageStatus.Success),
            RunState.RolledBack => Plain($"Run {run.Id} rolled back: {run.SourceApp} serves again", MessageStatus.Warning,
                "Point DNS back as listed in the rollback outcome above if your provider is not managed by Cutover."),
            _ => Plain($"Run {run.Id} {Run.Describe(run.State)}", MessageStatus.Info),
        };
    }

    /// <summary>Where a run stands: every step with its state, the point-of-no-return steps marked.</summary>
    public static ChatMessage Status(Run run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var lines = run.Steps
            .Where(s => s.Definition.InSequence || s.State != StepState.Planned)
            .Select(s => $"{Mark(s.State)} {s.Number} {s.StepId}{(s.Definition.PointOfNoReturn ? " (point of no return)" : string.Empty)} — "
                         + $"{Describe(s.State)}{(s.Version > 0 ? $" v{s.Version.ToString(CultureInfo.InvariantCulture)}" : string.Empty)}");
        return new ChatMessage(
            $"Run {run.Id}: {run.SourceApp} → {run.TargetSpace} ({Run.Describe(run.State)})",
            run.IsActive ? MessageStatus.Info : run.State == RunState.Completed ? MessageStatus.Success : MessageStatus.Warning,
            [
                new("Requested by", run.RequestedBy),
                new("Cutover", run.CutoverAt is { } at ? Utc(at) : "not scheduled"),
                new("Steps", string.Join("\n", lines)),
            ],
            []);
    }

    /// <summary>The active runs, one line each.</summary>
    public static ChatMessage List(IReadOnlyList<Run> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return runs.Count == 0
            ? Plain("No active runs", MessageStatus.Info, "Start one with `plan <app> to <space>`.")
            : Plain($"{runs.Count.ToString(CultureInfo.InvariantCulture)} active run(s)", MessageStatus.Info,
                string.Join("\n", runs.Select(r => $"#{r.Id} {r.SourceApp} → {r.TargetSpace}: "
                                                   + (r.CurrentStep is { } s ? $"step {s.Number} {s.StepId} {Describe(s.State)}" : Run.Describe(r.State)))));
    }

    /// <summary>The grammar, for <c>help</c>.</summary>
    public static ChatMessage Help() =>
        Plain("Cutover moves a Heroku app into a Private Space, one approved step at a time", MessageStatus.Info,
            $"Commands: {Commands.CommandParser.Usage}.\nSteps: {RunbookCatalog.Describe()}.");

    /// <summary>The reply to <c>pause</c> (<paramref name="paused"/>) or <c>resume</c>.</summary>
    public static ChatMessage Paused(PauseHold hold, bool paused)
    {
        ArgumentNullException.ThrowIfNull(hold);
        return paused
            ? Plain("Cutover is paused", MessageStatus.Warning,
                $"Paused by {hold.By}: {hold.Reason}. No step is approved or started until an approver sends `resume`; steps already running finish.")
            : Plain("Cutover resumed", MessageStatus.Info,
                $"The pause {hold.By} took at {Utc(hold.Since)} ({hold.Reason}) is over. Steps approved before it start now.");
    }

    /// <summary>A refused command or click, told to the user who made it.</summary>
    public static ChatMessage Refused(string reason) => Plain("Nothing was changed", MessageStatus.Warning, reason);

    /// <summary>
    /// The reject button could not ask for the reason in a form (the chat platform did not open it in time): how to
    /// reject by command instead. Nothing was rejected yet.
    /// </summary>
    public static ChatMessage RejectByCommand(StepActionPayload payload)
    {
        ArgumentNullException.ThrowIfNull(payload);
        return Plain("Why reject?", MessageStatus.Info,
            $"The form for the reason could not be opened, so nothing was rejected yet. Reject with the reason as a command: "
            + $"`reject {payload.RunId} {payload.StepId} <reason>`.");
    }

    private static ChatMessage Plain(string title, MessageStatus status, string? text = null) => ChatMessage.Plain(title, status, text);

    private static string Mark(StepState state) => state switch
    {
        StepState.Succeeded => "✓",
        StepState.Skipped => "↷",
        StepState.Failed or StepState.Rejected => "✗",
        StepState.Running => "▶",
        StepState.AwaitingApproval or StepState.Approved => "…",
        _ => "·",
    };

    /// <summary>
    /// The approval request once decided: the decision and who made it, when. It depends on the decisions only, never on
    /// how the run went on (that is posted as its own messages), so the message reads the same whenever it is updated.
    /// </summary>
    public static ChatMessage Decided(Run run, Step step)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(step);
        var current = step.CurrentDecisions.ToList();
        var decisions = current
            .Select(d => $"{(d.Verdict == Verdict.Approve ? "approved" : "rejected")} by {d.UserId} at {Utc(d.At)}"
                         + (d.Reason is null ? string.Empty : $": {d.Reason}"))
            .ToList();
        var rejected = current.Any(d => d.Verdict == Verdict.Reject);
        var outcome = rejected ? "rejected"
            : current.Count == 0 ? "awaiting approval"
            : step.Intent == StepIntent.Skip ? "skip approved"
            : "approved";
        return new ChatMessage(
            $"Step {step.Number}: {step.Definition.Title} — {outcome}",
            rejected ? MessageStatus.Failure : current.Count == 0 ? MessageStatus.Pending : MessageStatus.Success,
            [
                new("Run", $"{run.Id} ({run.SourceApp} → {run.TargetSpace})"),
                new("Version", step.Version.ToString(CultureInfo.InvariantCulture)),
                new("Decisions", decisions.Count == 0 ? "none yet" : string.Join("\n", decisions)),
            ],
            []);
    }

    private static string Describe(StepState state) => state switch
    {
        StepState.AwaitingApproval => "awaiting approval",
        _ => state.ToString().ToLowerInvariant(),
    };

    private static string Utc(DateTimeOffset at) =>
        at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
