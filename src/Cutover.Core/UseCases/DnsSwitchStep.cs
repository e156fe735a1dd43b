using Cutover.Core.Ports;
using Cutover.Core.Runbook;

namespace Cutover.Core.UseCases;

/// <summary>
/// Step 11 as a guided step: the approval is the team's confirmation that every record now points at its new
/// Heroku DNS target; the step records the list it confirmed. (Provider APIs and verification by lookup come
/// with the scheduling work.) Reads only Cutover's own facts, so it is safe to run twice.
/// </summary>
public sealed class DnsSwitchStep(IRunFacts facts) : IStepExecutor
{
    /// <summary>The run fact the domains step writes: <c>host=dns-target;host2=dns-target2</c>.</summary>
    public const string DnsTargetsFact = "dns.targets";

    public string StepId => "dns-switch";

    public async Task<StepResult> ExecuteAsync(Run run, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var targets = await facts.GetAsync(run.Id, DnsTargetsFact, cancellationToken).ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(targets))
            return StepResult.Failed("No new DNS targets are recorded for this run: the domains step must succeed first.");
        var records = targets.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(pair => pair.Split('=', 2))
            .Select(parts => parts.Length == 2 ? $"{parts[0]} → CNAME {parts[1]}" : parts[0])
            .ToList();
        return StepResult.Done($"DNS switch confirmed for {records.Count} record(s): {string.Join("; ", records)}.");
    }
}
