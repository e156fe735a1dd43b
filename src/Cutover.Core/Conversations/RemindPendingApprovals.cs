namespace Cutover.Core.Conversations;

/// <summary>
/// Re-notifies approvers of requests left waiting: once per <paramref name="interval"/> that a step version has waited,
/// a reminder mentioning them goes into the run's thread. Each reminder is keyed by (step, version, how many intervals),
/// so a job that runs twice, or late, never posts the same reminder twice.
/// </summary>
public sealed class RemindPendingApprovals(IRunStore store, IRunPosts posts, IChatNotifier chat, ApprovalPolicy policy, TimeSpan interval,
    TimeProvider clock)
{
    /// <summary>Posts the reminders that are due; returns how many were posted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        if (interval <= TimeSpan.Zero)
            return 0;
        var now = clock.GetUtcNow();
        var posted = 0;
        foreach (var run in await store.ListActiveAsync(cancellationToken).ConfigureAwait(false))
        {
            if (run.Conversation.ThreadId is null)
                continue;
            foreach (var step in run.Steps.Where(s => s.State == StepState.AwaitingApproval && s.UpdatedAt is not null))
            {
                var waited = now - step.UpdatedAt!.Value;
                var slot = (int)(waited / interval);
                if (slot < 1)
                    continue;
                var key = FormattableString.Invariant($"reminder:approval:{step.StepId}:v{step.Version}:{slot}");
                try
                {
                    if (await posts.PostOnceAsync(chat, run, key, now, () => Task.FromResult(Reminder(run, step, waited)), cancellationToken).ConfigureAwait(false))
                        posted++;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // Given back by PostOnce: the next run of the job posts it.
                }
            }
        }

        return posted;
    }

    private ChatMessage Reminder(Run run, Step step, TimeSpan waited)
    {
        var have = step.CurrentDecisions.Count(d => d.Verdict == Verdict.Approve);
        var need = policy.RequiredApprovals(step.Definition);
        return ChatMessage.Plain(
            $"⏰ Step {step.Number}: {step.Definition.Title} has waited {Hours(waited)} for approval",
            MessageStatus.Pending,
            $"Run {run.Id} ({run.SourceApp} → {run.TargetSpace}), v{step.Version.ToString(CultureInfo.InvariantCulture)}: "
            + $"{have.ToString(CultureInfo.InvariantCulture)} of {need.ToString(CultureInfo.InvariantCulture)} approvals. "
            + "Use the buttons on the request above this message.") with
        {
            Mentions = policy.MentionsOn(run.Conversation.Channel, run.RequestedBy),
        };
    }

    private static string Hours(TimeSpan span) =>
        span.TotalHours >= 1 ? $"{Math.Floor(span.TotalHours).ToString(CultureInfo.InvariantCulture)} h" : $"{Math.Floor(span.TotalMinutes).ToString(CultureInfo.InvariantCulture)} min";
}
