using Cutover.Core.UseCases;

namespace Cutover.Core.Conversations;

/// <summary>
/// The conversation, channel-neutral: Slack, Teams and the sandbox console hand it what a user typed or clicked,
/// and it drives the Core use cases. Anything the whole channel should see goes into the run's thread through
/// <see cref="RunAnnouncer"/>; what only the user should see (help, status, a refused click) is returned as the reply.
/// </summary>
public sealed class ChatCommands(
    Func<PlanRun> planRun,
    DecideStep decide,
    IRunStore store,
    ApproverDirectory approvers,
    IChatNotifier chat,
    IRunFacts facts,
    RunAnnouncer announcer,
    IRunScheduler scheduler,
    PauseCutover pause,
    IRunPosts posts,
    IAuditLog audit,
    ChatHomes homes,
    TimeProvider clock)
{
    /// <summary>The audit action of a refused typed command (retry, skip, rollback, abort, waive).</summary>
    public const string CommandRefused = "run.command-refused";

    /// <summary>The run fact holding the plan's warnings, acknowledged by the first approval.</summary>
    public const string PlanWarningsFact = "plan.warnings";

    /// <summary>Handles a typed command; returns the private reply, or null when everything was posted in the thread.</summary>
    public async Task<ChatMessage?> CommandAsync(ChatRequest request, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (homes.Refusal(request.Conversation) is { } foreign)
            return RunMessages.Refused(foreign);
        var parsed = CommandParser.Parse(text, clock.GetUtcNow());
        if (parsed.IsRefused)
            return RunMessages.Refused(parsed.Refusal.Reason);
        return parsed.Value switch
        {
            PlanCommand plan => await PlanAsync(request, plan, cancellationToken).ConfigureAwait(false),
            StatusCommand status => await StatusAsync(status, cancellationToken).ConfigureAwait(false),
            ListCommand => RunMessages.List(await store.ListActiveAsync(cancellationToken).ConfigureAwait(false)),
            HelpCommand => RunMessages.Help(),
            DecideCommand d => await DecideAsync(request, d.RunId, d.Step.Id, null, d.Verdict, d.Reason, cancellationToken).ConfigureAwait(false),
            RetryCommand r => await ChangeAsync(request, r.RunId, $"retry {r.Step.Id}", (run, actor, now) => Some(run.Retry(r.Step.Id, actor, now)), cancellationToken)
                .ConfigureAwait(false),
            SkipCommand s => await ChangeAsync(request, s.RunId, $"skip {s.Step.Id}", (run, actor, now) => Some(run.RequestSkip(s.Step.Id, actor, now, s.Reason)), cancellationToken)
                .ConfigureAwait(false),
            WaiveCommand w => await WaiveAsync(request, w, cancellationToken).ConfigureAwait(false),
            RollbackCommand b => await ChangeAsync(request, b.RunId, "rollback", (run, actor, now) => Some(run.RequestRollback(actor, now)), cancellationToken)
                .ConfigureAwait(false),
            AbortCommand a => await AbortAsync(request, a, cancellationToken).ConfigureAwait(false),
            PauseCommand p => await PausedAsync(await pause.PauseAsync(request.User, p.Reason, cancellationToken).ConfigureAwait(false), true, cancellationToken)
                .ConfigureAwait(false),
            ResumeCommand => await PausedAsync(await pause.ResumeAsync(request.User, cancellationToken).ConfigureAwait(false), false, cancellationToken)
                .ConfigureAwait(false),
            _ => RunMessages.Help(),
        };
    }

    /// <summary>
    /// Handles an Approve or Reject button for the step version the user saw. A rejection carries the reason the user
    /// gave (Slack's modal, the card's input). Returns the private reply for a refusal, else null.
    /// </summary>
    public async Task<ChatMessage?> ClickAsync(ChatRequest request, StepActionPayload payload, Verdict verdict, string? reason,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(payload);
        if (homes.Refusal(request.Conversation) is not { } foreign)
            return await DecideAsync(request, payload.RunId, payload.StepId, payload.StepVersion, verdict, reason, cancellationToken).ConfigureAwait(false);
        if (await store.GetAsync(payload.RunId, cancellationToken).ConfigureAwait(false) is null)
            return RunMessages.Refused(foreign);
        var actor = await approvers.ResolveAsync(request.User, cancellationToken).ConfigureAwait(false);
        return await RefusedAsync(payload.RunId, actor, $"{(verdict == Verdict.Approve ? "approve" : "reject")} {payload.StepId}", foreign, cancellationToken)
            .ConfigureAwait(false);
    }

    private static Result<Step?> Some(Result<Step> result) => result.IsRefused ? result.Refusal : result.Value;

    /// <summary>
    /// Tells every active run's thread that Cutover paused or resumed, once per pause (best effort: the pause holds
    /// whether or not a post goes through, and every refused approval names it), and replies to the user.
    /// </summary>
    private async Task<ChatMessage> PausedAsync(Result<PauseHold> result, bool paused, CancellationToken cancellationToken)
    {
        if (result.IsRefused)
            return RunMessages.Refused(result.Refusal.Reason);
        var message = RunMessages.Paused(result.Value, paused);
        var key = $"{(paused ? "pause" : "resume")}:{result.Value.Since.ToUnixTimeMilliseconds()}";
        foreach (var run in await store.ListActiveAsync(cancellationToken).ConfigureAwait(false))
        {
            if (run.Conversation.ThreadId is null)
                continue;
            try
            {
                await posts.PostOnceAsync(chat, run, key, clock.GetUtcNow(), () => Task.FromResult(message), cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The chat platform refused or failed: the pause is in force regardless.
            }
        }

        return message;
    }

    private async Task<ChatMessage?> PlanAsync(ChatRequest request, PlanCommand command, CancellationToken cancellationToken)
    {
        var planned = await planRun().RunAsync(command, request.User.Qualified, request.NewThread(), cancellationToken).ConfigureAwait(false);
        if (planned.IsRefused)
            return RunMessages.Refused(planned.Refusal.Reason);
        if (planned.Value.Run is not { } run)
            return PlanMessages.Blocked(planned.Value.Plan, request.User.Qualified);

        if (planned.Value.Plan.Warnings.Count > 0)
            await facts.SetAsync(run.Id, PlanWarningsFact, string.Join("\n", planned.Value.Plan.Warnings), cancellationToken).ConfigureAwait(false);
        var root = await chat.PostAsync(run.Conversation, PlanMessages.Plan(planned.Value.Plan, run), cancellationToken).ConfigureAwait(false);
        await store.UpdateAsync(run.Id, r => r.AttachThread(root), cancellationToken).ConfigureAwait(false);
        await announcer.RecordPlanAsync(run.Id, root, cancellationToken).ConfigureAwait(false);
        await store.UpdateAsync(run.Id, r => r.RequestApproval(RunbookCatalog.Steps[0].Id, Actor.System, clock.GetUtcNow()), cancellationToken)
            .ConfigureAwait(false);
        await announcer.AnnounceAsync(run.Id, cancellationToken).ConfigureAwait(false);
        if (run.CutoverAt is { } cutoverAt)
            await scheduler.ScheduleTtlRemindersAsync(run.Id, cutoverAt, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private async Task<ChatMessage?> AbortAsync(ChatRequest request, AbortCommand command, CancellationToken cancellationToken)
    {
        var reply = await ChangeAsync(request, command.RunId, "abort",
            (run, actor, now) => run.Abort(actor, command.Reason, now).Then(_ => Result<Step?>.Ok(null)), cancellationToken).ConfigureAwait(false);
        if (reply is null)
            await scheduler.UnscheduleRunAsync(command.RunId, cancellationToken).ConfigureAwait(false);
        return reply;
    }

    private async Task<ChatMessage?> StatusAsync(StatusCommand command, CancellationToken cancellationToken)
    {
        if (command.App is null)
            return RunMessages.List(await store.ListActiveAsync(cancellationToken).ConfigureAwait(false));
        var run = await store.FindActiveAsync(command.App, cancellationToken).ConfigureAwait(false);
        return run is null
            ? RunMessages.Refused($"{command.App} has no active run. Start one with `plan {command.App} to <space>`.")
            : RunMessages.Status(run);
    }

    private async Task<ChatMessage?> DecideAsync(ChatRequest request, long runId, string stepId, int? seenVersion, Verdict verdict,
        string? reason, CancellationToken cancellationToken)
    {
        var run = await store.GetAsync(runId, cancellationToken).ConfigureAwait(false);
        if (run is null)
            return RunMessages.Refused($"There is no run {runId}; see `list`.");
        var verb = verdict == Verdict.Approve ? "approve" : "reject";
        if (Misplaced(run, request.Conversation, click: seenVersion is not null) is { } misplaced)
        {
            var actor = await approvers.ResolveAsync(request.User, cancellationToken).ConfigureAwait(false);
            return await RefusedAsync(runId, actor, $"{verb} {stepId}", misplaced, cancellationToken).ConfigureAwait(false);
        }

        if (seenVersion is not { } version)
        {
            // A typed decision acts on the version that is current now.
            if (run.FindStep(stepId) is not { } step)
                return RunMessages.Refused($"Run {runId} has no step '{stepId}'.");
            version = step.Version;
        }

        if (verdict == Verdict.Approve)
        {
            var acknowledging = string.Equals(stepId, RunbookCatalog.Steps[0].Id, StringComparison.Ordinal)
                ? (await facts.GetAsync(runId, PlanWarningsFact, cancellationToken).ConfigureAwait(false))?.Replace('\n', ';')
                : null;
            var approved = await decide.ApproveAsync(runId, stepId, version, request.User, cancellationToken, acknowledging).ConfigureAwait(false);
            if (approved.IsRefused)
                return RunMessages.Refused(approved.Refusal.Reason);
        }
        else
        {
            if (string.IsNullOrWhiteSpace(reason))
                return RunMessages.Refused($"A rejection needs a reason: `reject {runId} {stepId} <reason>`.");
            var rejected = await decide.RejectAsync(runId, stepId, version, request.User, reason, cancellationToken).ConfigureAwait(false);
            if (rejected.IsRefused)
                return RunMessages.Refused(rejected.Refusal.Reason);
        }

        await announcer.AnnounceAsync(runId, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private async Task<ChatMessage?> WaiveAsync(ChatRequest request, WaiveCommand command, CancellationToken cancellationToken)
    {
        var actor = await approvers.ResolveAsync(request.User, cancellationToken).ConfigureAwait(false);
        if (await store.GetAsync(command.RunId, cancellationToken).ConfigureAwait(false) is not { } run)
            return RunMessages.Refused($"There is no run {command.RunId}; see `list`.");
        if (Misplaced(run, request.Conversation, click: false) is { } misplaced)
            return await RefusedAsync(command.RunId, actor, "waive", misplaced, cancellationToken).ConfigureAwait(false);
        var now = clock.GetUtcNow();
        var waived = await store.UpdateAsync(command.RunId, run => run.WaiveDnsCheck(actor, command.Reason, now), cancellationToken).ConfigureAwait(false);
        if (waived.IsRefused)
            return await RefusedAsync(command.RunId, actor, "waive", waived.Refusal.Reason, cancellationToken).ConfigureAwait(false);
        await facts.SetAsync(command.RunId, Dns.DnsFacts.Waiver, $"{request.User} at {Dns.DnsFacts.Iso(now)}: {command.Reason}", cancellationToken)
            .ConfigureAwait(false);
        return RunMessages.Refused($"DNS check waived for run {command.RunId}: {command.Reason}") with { Title = "Waiver recorded", Status = MessageStatus.Info };
    }

    private async Task<ChatMessage?> ChangeAsync(ChatRequest request, long runId, string what, Func<Run, Actor, DateTimeOffset, Result<Step?>> change,
        CancellationToken cancellationToken)
    {
        var actor = await approvers.ResolveAsync(request.User, cancellationToken).ConfigureAwait(false);
        if (await store.GetAsync(runId, cancellationToken).ConfigureAwait(false) is not { } run)
            return RunMessages.Refused($"There is no run {runId}; see `list`.");
        if (Misplaced(run, request.Conversation, click: false) is { } misplaced)
            return await RefusedAsync(runId, actor, what, misplaced, cancellationToken).ConfigureAwait(false);
        var changed = await store.UpdateAsync(runId, run => change(run, actor, clock.GetUtcNow()), cancellationToken).ConfigureAwait(false);
        if (changed.IsRefused)
            return await RefusedAsync(runId, actor, what, changed.Refusal.Reason, cancellationToken).ConfigureAwait(false);
        await announcer.AnnounceAsync(runId, cancellationToken).ConfigureAwait(false);
        return null;
    }

    /// <summary>
    /// Why a decision or command about <paramref name="run"/> may not come from <paramref name="from"/>: a run is acted on
    /// only where its thread is, on the same chat platform and in the same channel; a button, only from the run's own
    /// thread (a click whose value names another run than its message's is refused). Null when it may.
    /// </summary>
    private static string? Misplaced(Run run, ConversationReference from, bool click)
    {
        var home = run.Conversation;
        if (from.Channel != home.Channel)
            return $"Run {run.Id} is run from {home.Channel}, not from here; approve, reject or change it in its thread there.";
        if (!string.Equals(from.ChannelId, home.ChannelId, StringComparison.Ordinal))
            return $"Run {run.Id}'s thread is in another channel; approve, reject or change it there.";
        if (click && from.ThreadId is { } thread && home.ThreadId is { } root && !string.Equals(thread, root, StringComparison.Ordinal))
            return $"That button is not in run {run.Id}'s thread, so it cannot act on run {run.Id}; use the request in the run's own thread.";
        return null;
    }

    /// <summary>Audits a refused command (who, what, why) and returns the refusal for its sender.</summary>
    private async Task<ChatMessage> RefusedAsync(long runId, Actor actor, string what, string reason, CancellationToken cancellationToken)
    {
        await audit.AppendAsync(runId, new AuditEvent(actor.UserId, CommandRefused, clock.GetUtcNow(), detail: $"{what}: {reason}"), cancellationToken)
            .ConfigureAwait(false);
        return RunMessages.Refused(reason);
    }
}
