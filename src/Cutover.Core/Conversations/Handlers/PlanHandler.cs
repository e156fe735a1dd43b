namespace Cutover.Core.Conversations.Handlers;

/// <summary>
/// <c>plan &lt;app&gt; to &lt;space&gt; [at &lt;time&gt;]</c>: plans the run and opens its thread with the plan as the root,
/// then puts preflight up for approval and schedules the DNS TTL reminders. A blocked plan is replied privately.
/// <see cref="PlanRun"/> is made only when a plan is asked for: it holds the inspector's HTTP clients.
/// </summary>
public sealed class PlanHandler(
    Func<PlanRun> planRun,
    IRunStore store,
    IRunFacts facts,
    IChatNotifier chat,
    RunAnnouncer announcer,
    IRunScheduler scheduler,
    TimeProvider clock) : CommandHandler<PlanCommand>
{
    /// <summary>The run fact holding the plan's warnings, acknowledged by the first approval.</summary>
    public const string PlanWarningsFact = "plan.warnings";

    public override async Task<ChatMessage?> HandleAsync(ChatRequest request, PlanCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
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
}
