namespace Cutover.Steps.DnsSwitch;

/// <summary>
/// Step 11, DNS switch: every moved hostname must point at its new Heroku DNS target (recorded by the domains step).
/// With a DNS provider that applies changes, Cutover repoints the records itself; with the manual provider the approval
/// is the team's confirmation that they did. Either way each record is then checked on its authoritative name servers:
/// a record seen pointing elsewhere fails the step (retry once DNS is right), and so does a record the name servers do
/// not answer for — unless the run's DNS checks were waived (<c>waive &lt;run&gt; &lt;reason&gt;</c>, or step 2 skipped
/// with a reason), when it is reported as not verified, with the waiver. Safe to run twice: a record already pointing
/// at its target is left alone.
/// </summary>
public sealed class DnsSwitchStep(IRunFacts facts, IDnsProvider provider, IDnsTtlLookup lookup) : RunbookStep(StepIds.DnsSwitch)
{
    /// <summary>The run fact the domains step writes: <c>host=dns-target;host2=dns-target2</c>.</summary>
    public const string DnsTargetsFact = "dns.targets";

    protected override async Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken)
    {
        var targets = DnsFacts.Parse(await facts.GetAsync(run.Id, DnsTargetsFact, cancellationToken).ConfigureAwait(false));
        if (targets.Count == 0)
            return StepResult.Failed("No new DNS targets are recorded for this run: the domains step must succeed first.");

        var (verified, wrong, unanswered) = await DnsRepoint.ApplyAsync(provider, lookup, targets.Select(t => (t.Key, t.Value)), cancellationToken)
            .ConfigureAwait(false);
        var notes = verified.ToList();
        if (wrong.Count > 0)
            return StepResult.Failed($"{wrong.Count} record(s) do not point at the new app yet: {string.Join(" ", wrong)} Retry once they do.");
        if (unanswered.Count > 0)
        {
            if (await WaiverAsync(run, cancellationToken).ConfigureAwait(false) is not { } waiver)
            {
                return StepResult.Failed($"{unanswered.Count} record(s) could not be verified: their authoritative name servers gave no answer, so "
                                         + $"Cutover cannot tell where they point: {string.Join("; ", unanswered.Select(u => $"{u.Record} ({u.Problem})"))}. Retry once DNS answers, or waive the "
                                         + $"DNS checks with a reason (`waive {run.Id} <reason>`) and retry.");
            }

            notes.AddRange(unanswered.Select(u => $"{u.Record} (not verified by lookup: {u.Problem}; {waiver})"));
        }

        return StepResult.Done($"DNS switch {(provider.AppliesChanges ? $"applied via {provider.Name}" : "confirmed")} for {notes.Count} record(s): {string.Join("; ", notes)}.");
    }

    /// <summary>How the run's DNS checks were waived, or null when they were not: a <c>waive</c>, or step 2 skipped with a reason.</summary>
    private async Task<string?> WaiverAsync(Run run, CancellationToken cancellationToken)
    {
        if (await facts.GetAsync(run.Id, DnsFacts.Waiver, cancellationToken).ConfigureAwait(false) is { } waiver)
            return $"DNS checks waived by {waiver}";
        return run.FindStep(StepIds.DnsTtl) is { State: StepState.Skipped } ? "DNS checks waived when step 2 was skipped" : null;
    }
}
