namespace Cutover.Core.Conversations.Handlers;

/// <summary>
/// <c>approve|reject &lt;run&gt; &lt;step&gt; [reason]</c>, and the Approve and Reject buttons: decides a step version
/// through <see cref="DecideStep"/> and lets the thread show the outcome. The first approval acknowledges the plan's warnings.
/// </summary>
public sealed class DecideHandler(RunAccess runs, DecideStep decide, IRunFacts facts, RunAnnouncer announcer) : CommandHandler<DecideCommand>
{
    public override Task<ChatMessage?> HandleAsync(ChatRequest request, DecideCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        return DecideAsync(request, command.RunId, command.Step.Id, null, command.Verdict, command.Reason, cancellationToken);
    }

    /// <summary>
    /// Decides step <paramref name="stepId"/> of run <paramref name="runId"/>: the version the user saw on a button
    /// (<paramref name="seenVersion"/>), or, typed, the version current now. Returns the private reply for a refusal, else null.
    /// </summary>
    public async Task<ChatMessage?> DecideAsync(ChatRequest request, long runId, string stepId, int? seenVersion, Verdict verdict,
        string? reason, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var verb = verdict == Verdict.Approve ? "approve" : "reject";
        var opened = await runs.OpenAsync(request, runId, $"{verb} {stepId}", click: seenVersion is not null, cancellationToken).ConfigureAwait(false);
        if (opened.IsRefused)
            return RunMessages.Refused(opened.Refusal.Reason);

        if (seenVersion is not { } version)
        {
            // A typed decision acts on the version that is current now.
            if (opened.Value.FindStep(stepId) is not { } step)
                return RunMessages.Refused($"Run {runId} has no step '{stepId}'.");
            version = step.Version;
        }

        if (verdict == Verdict.Approve)
        {
            var acknowledging = string.Equals(stepId, RunbookCatalog.Steps[0].Id, StringComparison.Ordinal)
                ? (await facts.GetAsync(runId, PlanHandler.PlanWarningsFact, cancellationToken).ConfigureAwait(false))?.Replace('\n', ';')
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
}
