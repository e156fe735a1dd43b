namespace Cutover.Steps.RestoreTtl;

/// <summary>
/// Step 14, restore TTL: after the monitoring window, raise each record's TTL back to what it was before step 2 — through
/// the DNS provider, or with exact instructions when DNS is managed by hand (the approval confirms it was done).
/// </summary>
public sealed class RestoreTtlStep(IRunFacts facts, IDnsProvider provider) : RunbookStep(StepIds.RestoreTtl)
{
    protected override async Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken)
    {
        var originals = DnsFacts.Parse(await facts.GetAsync(run.Id, DnsFacts.OriginalTtls, cancellationToken).ConfigureAwait(false));
        if (originals.Count == 0)
            return StepResult.Done("No TTL was lowered by this run; nothing to restore.");
        var notes = new List<string>();
        var failed = new List<string>();
        foreach (var (host, _) in originals)
        {
            var ttl = DnsFacts.Ttl(originals, host)!.Value;
            var change = await provider.SetTtlAsync(host, ttl, cancellationToken).ConfigureAwait(false);
            if (change.Done || change.Outcome == DnsChangeOutcome.ManualActionRequired)
                notes.Add(change.Done ? $"{host}: TTL back to {ttl} s." : change.Text);
            else
                failed.Add($"{host}: {change.Text}");
        }

        return failed.Count > 0
            ? StepResult.Failed($"Could not restore {failed.Count} TTL(s): {string.Join(" ", failed)}")
            : StepResult.Done(string.Join(" ", notes));
    }
}
