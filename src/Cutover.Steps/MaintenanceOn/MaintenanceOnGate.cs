using Cutover.Infrastructure.Dns;

namespace Cutover.Steps.MaintenanceOn;

/// <summary>
/// The cutover (step 8, maintenance on) cannot be approved until every recorded DNS record shows the target TTL on its
/// authoritative name servers and the old TTL has fully elapsed since it was lowered — otherwise resolvers may keep
/// sending users to the old app for hours. An approver can waive the check with a reason (<c>waive &lt;run&gt; &lt;reason&gt;</c>,
/// audited); skipping step 2 with a reason waives it too.
/// </summary>
public sealed class MaintenanceOnGate(DnsRecords records, IRunFacts facts, DnsOptions options, TimeProvider clock) : IStepGate
{
    public string StepId => StepIds.MaintenanceOn;

    public async Task<string?> RefusalAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.FindStep(StepIds.DnsTtl) is not { State: StepState.Succeeded })
            return null; // Skipped (a waiver with its reason in the audit log) or a run without the step.
        if (await facts.GetAsync(run.Id, DnsFacts.Waiver, cancellationToken).ConfigureAwait(false) is not null)
            return null;
        var readiness = await records.ReadinessAsync(run.Id, clock.GetUtcNow(), options.TargetTtlSeconds, cancellationToken).ConfigureAwait(false);
        if (readiness.Ready)
            return null;
        var when = readiness.EarliestSafeAt is { } at ? $" The earliest safe cutover is {DnsFacts.Utc(at)}." : string.Empty;
        return $"DNS is not ready for the cutover: {string.Join("; ", readiness.Blocking.Select(r => $"{r.Name}: {r.Reason}"))}.{when} "
               + $"Wait, or waive the check with a reason: `waive {run.Id} <reason>`.";
    }
}
