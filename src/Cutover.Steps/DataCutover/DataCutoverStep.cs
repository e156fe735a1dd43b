using Cutover.Steps.Addons;

namespace Cutover.Steps.DataCutover;

/// <summary>
/// <c>data-cutover</c> (step 9, source in maintenance): moves the data the plan says to move (<see href="https://devcenter.heroku.com/articles/migrating-heroku-postgres-databases-to-private-spaces">Postgres migration</see>).
/// Postgres: the follower recorded by <c>addons</c> — polls the Data API's <c>Behind By</c> until 0 (up to
/// <see cref="MigrationOptions.LagTimeout"/>), <c>PUT /client/v11/databases/{id}/unfollow</c> while it still follows, and
/// <c>POST /addon-attachments</c> to make it <c>DATABASE</c> on the target unless it already is. Redis: forks the source
/// into the proposed plan (<c>config.fork</c>) unless that plan is already on the target, and waits until provisioned
/// (<see cref="MigrationOptions.AddonTimeout"/>). The promotion and the forks go side by side. Kafka and Essential-tier Postgres are moved by hand: each is a manual
/// action confirmed with its Done button (<see cref="DataCutoverGate"/> holds back the approval until then); one the plan
/// shows now that was never listed is listed, and the step fails until it is confirmed.
/// </summary>
public sealed class DataCutoverStep(
    CurrentPlan currentPlan,
    IAddOnsApi addOns,
    IAddOnAttachmentsApi attachments,
    IPostgresDataApi postgres,
    IRunFacts facts,
    ManualChecklist checklist,
    MigrationOptions options,
    TimeProvider timeProvider) : PlannedStep(StepIds.DataCutover, currentPlan)
{
    private const string DatabaseAttachment = "DATABASE";

    protected override async Task<StepResult> RunAsync(Run run, PlanningInput inspected, MigrationPlan plan, CancellationToken cancellationToken)
    {
        var target = run.TargetApp;
        var (input, rows) = (inspected, plan.Addons);
        var notes = new List<string>();
        var manual = await ManualActionsAsync(run, plan, cancellationToken).ConfigureAwait(false);
        if (manual.Where(i => !i.Done).Select(i => i.Action.Title).ToList() is { Count: > 0 } waiting)
        {
            return StepResult.Failed($"Not confirmed yet: {string.Join("; ", waiting)}. Do each by hand as its message in this thread says, " +
                                     "click its Done button, then retry this step. Nothing was changed.");
        }

        // Nothing is changed before the follower is known to have been made by step 6.
        var promotes = rows.Any(r => r.Strategy == DataStrategy.Follower);
        if (promotes && await facts.GetAsync(run.Id, AddonsStep.FollowerFact, cancellationToken).ConfigureAwait(false) is null)
            return StepResult.Failed("No Postgres follower is recorded for this run: run step 6 (addons) first, then retry.");

        // The follower's promotion and the forks touch different add-ons: they go side by side, so the window waits for
        // the longest of them, not their sum. Each is safe to run again: after a failure (the lag not drained in time,
        // say) a fork already made is found and reused by the retry.
        var promotion = promotes
            ? PromoteFollowerAsync(run.Id, target, cancellationToken)
            : Task.FromResult<StepResult?>(null);
        var forks = rows.Where(r => r.Strategy == DataStrategy.Fork && r.ProposedPlan is not null).ToList();
        var forking = forks.Count > 0 ? ForkAllAsync(forks, target, cancellationToken) : Task.FromResult<StepResult[]>([]);
        await Task.WhenAll(promotion, forking).ConfigureAwait(false);
        var outcomes = new[] { await promotion.ConfigureAwait(false) }.Concat(await forking.ConfigureAwait(false)).OfType<StepResult>().ToList();
        if (outcomes.FirstOrDefault(o => !o.Succeeded) is { } failed)
            return failed;
        notes.AddRange(outcomes.Select(o => o.Message));

        notes.AddRange(manual.Select(i => $"{i.Action.Title}: done, confirmed by {i.ConfirmedBy} at {i.ConfirmedAt?.UtcDateTime:yyyy-MM-dd HH:mm} UTC."));
        notes.Add("Reminder: dataclips stay bound to the old database; re-point them to the new one by hand (Heroku has no API for it).");
        return StepResult.Done(string.Join(" ", notes));
    }

    private async Task<StepResult[]> ForkAllAsync(List<AddonPlanRow> forks, string target, CancellationToken cancellationToken)
    {
        var existing = await HerokuPaging.ListAllAsync<AddOn>((range, ct) => addOns.ListAsync(target, range, ct), cancellationToken).ConfigureAwait(false);
        return await Concurrently.EachAsync(forks, (row, ct) => ForkAsync(row, target, existing, ct), cancellationToken).ConfigureAwait(false);
    }

    private async Task<StepResult?> PromoteFollowerAsync(long runId, string target, CancellationToken cancellationToken)
    {
        if (await facts.GetAsync(runId, AddonsStep.FollowerFact, cancellationToken).ConfigureAwait(false) is not { } id)
            return StepResult.Failed("No Postgres follower is recorded for this run: run step 6 (addons) first, then retry.");

        var database = await postgres.GetAsync(id, cancellationToken).ConfigureAwait(false);
        string unfollowed;
        if (database.Following is not null)
        {
            var deadline = timeProvider.GetUtcNow() + options.LagTimeout;
            database = await AddonsStep.PollAsync(database, ct => postgres.GetAsync(id, ct), d => d.Following is null || AddonsStep.Lag(d) == 0,
                deadline, timeProvider, cancellationToken).ConfigureAwait(false);
            if (database.Following is not null && AddonsStep.Lag(database) != 0)
            {
                return StepResult.Failed($"Follower {database.Name} is still {AddonsStep.BehindBy(database)} behind after {AddonsStep.Minutes(options.LagTimeout)}: "
                                         + "retry when it has caught up (check that the source is in maintenance and its workers are stopped).");
            }

            if (database.Following is not null)
                await postgres.UnfollowAsync(id, cancellationToken).ConfigureAwait(false);
            unfollowed = $"Follower {database.Name} caught up ({AddonsStep.BehindBy(database)} behind) and was unfollowed (now writable).";
        }
        else
        {
            unfollowed = $"{database.Name} no longer follows (already unfollowed).";
        }

        var current = await HerokuPaging.ListAllAsync<AddOnAttachment>((range, ct) => attachments.ListAsync(target, null, range, ct), cancellationToken)
            .ConfigureAwait(false);
        if (current.Any(a => a.Name == DatabaseAttachment && a.Namespace is null && a.Addon?.Id == id))
            return StepResult.Done($"{unfollowed} It is already {DatabaseAttachment} on {target}.");

        await attachments.CreateAsync(new AddOnAttachmentCreate(id, target, DatabaseAttachment, Confirm: target), cancellationToken).ConfigureAwait(false);
        return StepResult.Done($"{unfollowed} Promoted it to {DatabaseAttachment} on {target}.");
    }

    private async Task<StepResult> ForkAsync(AddonPlanRow row, string target, List<AddOn> existing, CancellationToken cancellationToken)
    {
        var plan = $"{row.Service}:{row.ProposedPlan}";
        var found = existing.FirstOrDefault(a => a.State != AddonsStep.Deprovisioned && string.Equals(a.Plan?.Name, plan, StringComparison.OrdinalIgnoreCase));
        var addOn = found ?? await addOns.CreateAsync(target, new AddOnCreate(plan,
            Config: new Dictionary<string, string>(StringComparer.Ordinal) { ["fork"] = row.Name }, Confirm: target), cancellationToken).ConfigureAwait(false);
        var deadline = timeProvider.GetUtcNow() + options.AddonTimeout;
        var ready = await AddonsStep.WaitProvisionedAsync(addOns, target, addOn, deadline, timeProvider, cancellationToken).ConfigureAwait(false);
        if (AddonsStep.NotProvisioned(ready, target, options.AddonTimeout) is { } failure)
            return StepResult.Failed(failure);
        return StepResult.Done(found is null
            ? $"Forked {row.Name} into {ready.Name} ({plan}) on {target}."
            : $"{plan} ({ready.Name}) for {row.Name} already on {target}.");
    }

    /// <summary>The step's manual actions, with any the plan shows now that were not listed yet (listed, so their messages are posted).</summary>
    private async Task<IReadOnlyList<ManualItem>> ManualActionsAsync(Run run, MigrationPlan plan, CancellationToken cancellationToken)
    {
        await checklist.AddAsync(run.Id, StepId, DataCutoverManualActions.From(plan, run.SourceApp, run.TargetApp), cancellationToken).ConfigureAwait(false);
        return await checklist.ReadAsync(run.Id, StepId, cancellationToken).ConfigureAwait(false);
    }
}
