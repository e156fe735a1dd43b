namespace Cutover.Core.Conversations;

/// <summary>
/// Keeps a run's thread in step with the run: posts each approval request, each start and outcome, updates decided
/// requests (who, when) and retires superseded ones. It compares the run with what <see cref="IRunPosts"/> says was
/// posted, so calling it after any change — from a click, the executor, a job, or again after a crash — posts each
/// thing once. A failed post is given back and retried by the next call; it never fails the caller.
/// </summary>
public sealed class RunAnnouncer(
    IRunStore store,
    IRunPosts posts,
    IChatNotifier chat,
    ApprovalPolicy policy,
    IEnumerable<IStepBriefing> briefings,
    TimeProvider clock,
    ApprovalFingerprints? fingerprints = null,
    ManualChecklist? checklist = null)
{
    private readonly Dictionary<string, IStepBriefing> _briefings = briefings.ToDictionary(b => b.StepId, StringComparer.Ordinal);

    /// <summary>Posts and updates what is missing; returns the posts that failed (empty when all went out).</summary>
    public Task<IReadOnlyList<string>> AnnounceAsync(long runId, CancellationToken cancellationToken) =>
        AnnounceAsync(runId, again: true, cancellationToken);

    /// <summary>
    /// Posts and updates what is missing, then, when <paramref name="again"/>, looks once more if a step whose approval
    /// request was just posted has been re-issued meanwhile: a call made while the request was being posted found it
    /// claimed without an id and could not retire it.
    /// </summary>
    private async Task<IReadOnlyList<string>> AnnounceAsync(long runId, bool again, CancellationToken cancellationToken)
    {
        var run = await store.GetAsync(runId, cancellationToken).ConfigureAwait(false);
        if (run?.Conversation.ThreadId is null)
            return [];
        var posted = await posts.ListAsync(runId, cancellationToken).ConfigureAwait(false);
        var failures = new List<string>();
        var requested = new List<(string StepId, int Version)>();
        foreach (var step in run.Steps.OrderBy(s => s.Definition.InSequence ? 0 : 1).ThenBy(s => s.Number))
        {
            await RetireOlderVersionsAsync(run, step, posted, failures, cancellationToken).ConfigureAwait(false);
            if (step.Version == 0)
                continue;
            var approvalKey = PostKeys.Approval(step);
            if (step.State == StepState.AwaitingApproval && !posted.ContainsKey(approvalKey))
            {
                var request = await RequestAsync(run, step, cancellationToken).ConfigureAwait(false);
                await PostOnceAsync(run, approvalKey, request, failures, cancellationToken).ConfigureAwait(false);
                requested.Add((step.StepId, step.Version));
                continue;
            }

            if (posted.TryGetValue(approvalKey, out var requestId) && requestId is not null && step.CurrentDecisions.Any())
            {
                var view = step.State == StepState.AwaitingApproval
                    ? await RequestAsync(run, step, cancellationToken).ConfigureAwait(false)
                    : RunMessages.Decided(run, step);
                await UpdateOnceAsync(run, PostKeys.Decided(step), requestId, view, posted, failures, cancellationToken).ConfigureAwait(false);
            }

            if (step.State == StepState.Running)
                await PostOnceAsync(run, PostKeys.Started(step), RunMessages.Started(run, step), failures, cancellationToken, posted).ConfigureAwait(false);
            if (step.State is StepState.Succeeded or StepState.Failed or StepState.Skipped)
                await PostOnceAsync(run, PostKeys.Outcome(step), RunMessages.Outcome(run, step), failures, cancellationToken, posted).ConfigureAwait(false);
        }

        if (checklist is not null && run is { IsActive: true, CurrentStep: { Version: > 0 } current })
            await AnnounceManualActionsAsync(run, current, posted, failures, cancellationToken).ConfigureAwait(false);
        if (!run.IsActive)
            await PostOnceAsync(run, PostKeys.Ended(run), RunMessages.Ended(run), failures, cancellationToken, posted).ConfigureAwait(false);
        if (again && requested.Count > 0 && await store.GetAsync(runId, cancellationToken).ConfigureAwait(false) is { } now
            && requested.Any(r => now.FindStep(r.StepId)?.Version != r.Version))
            failures.AddRange(await AnnounceAsync(runId, again: false, cancellationToken).ConfigureAwait(false));
        return failures;
    }

    /// <summary>The plan message was posted as the thread root; records it so nothing posts it again.</summary>
    public Task RecordPlanAsync(long runId, string messageId, CancellationToken cancellationToken) =>
        RecordClaimedAsync(runId, PostKeys.Plan, messageId, cancellationToken);

    private async Task RecordClaimedAsync(long runId, string key, string messageId, CancellationToken cancellationToken)
    {
        await posts.TryClaimAsync(runId, key, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        await posts.RecordAsync(runId, key, messageId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ChatMessage> RequestAsync(Run run, Step step, CancellationToken cancellationToken)
    {
        IReadOnlyList<MessageField> briefing = [];
        if (step.Intent == StepIntent.Execute && _briefings.TryGetValue(step.StepId, out var brief))
        {
            try
            {
                briefing = await brief.BriefAsync(run, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                briefing = [new MessageField("Briefing", $"unavailable ({exception.GetType().Name}: {exception.Message})")];
            }
        }

        return RunMessages.ApprovalRequest(run, step, policy, [.. await BoundFactsAsync(run, step, cancellationToken).ConfigureAwait(false), .. briefing]);
    }

    /// <summary>Each manual action of the current step in its own message (with its Done button), updated once confirmed.</summary>
    private async Task AnnounceManualActionsAsync(Run run, Step step, IReadOnlyDictionary<string, string?> posted, List<string> failures,
        CancellationToken cancellationToken)
    {
        foreach (var item in await checklist!.ReadAsync(run.Id, step.StepId, cancellationToken).ConfigureAwait(false))
        {
            var message = ManualActionMessages.Of(run, step, item);
            if (!posted.TryGetValue(PostKeys.Manual(step.StepId, item.Action.Key), out var messageId))
                await PostOnceAsync(run, PostKeys.Manual(step.StepId, item.Action.Key), message, failures, cancellationToken).ConfigureAwait(false);
            else if (item.Done && messageId is not null)
                await UpdateOnceAsync(run, PostKeys.ManualDone(step.StepId, item.Action.Key), messageId, message, posted, failures, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What the approval will be bound to (<see cref="ApprovalFingerprints"/>); a failed read is said, not fatal.</summary>
    private async Task<IReadOnlyList<MessageField>> BoundFactsAsync(Run run, Step step, CancellationToken cancellationToken)
    {
        if (fingerprints is null)
            return [];
        try
        {
            return await fingerprints.ShowAsync(run, step, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return [new MessageField($"{run.SourceApp} now", $"could not be read ({exception.GetType().Name}: {exception.Message}); it is not checked again at start")];
        }
    }

    private async Task RetireOlderVersionsAsync(Run run, Step step, IReadOnlyDictionary<string, string?> posted, List<string> failures,
        CancellationToken cancellationToken)
    {
        for (var version = step.Version - 1; version >= 1; version--)
        {
            if (!posted.TryGetValue(PostKeys.Approval(step.StepId, version), out var messageId) || messageId is null)
                continue;
            if (posted.ContainsKey(PostKeys.Superseded(step.StepId, version)))
                break;
            await UpdateOnceAsync(run, PostKeys.Superseded(step.StepId, version), messageId, RunMessages.Superseded(run, step, version),
                posted, failures, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task PostOnceAsync(Run run, string key, ChatMessage message, List<string> failures, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string?>? posted = null)
    {
        if (posted?.ContainsKey(key) == true)
            return;
        try
        {
            await posts.PostOnceAsync(chat, run, key, clock.GetUtcNow(), () => Task.FromResult(message), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            failures.Add($"{key}: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private async Task UpdateOnceAsync(Run run, string key, string messageId, ChatMessage message,
        IReadOnlyDictionary<string, string?> posted, List<string> failures, CancellationToken cancellationToken)
    {
        if (posted.ContainsKey(key) || !await posts.TryClaimAsync(run.Id, key, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            return;
        try
        {
            await chat.UpdateAsync(run.Conversation, messageId, message, cancellationToken).ConfigureAwait(false);
            await posts.RecordAsync(run.Id, key, messageId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            await posts.ReleaseAsync(run.Id, key, CancellationToken.None).ConfigureAwait(false);
            failures.Add($"{key}: {exception.GetType().Name}: {exception.Message}");
        }
    }
}
