namespace Cutover.Core.Approvals;

/// <summary>
/// Binds an approval to the facts its request showed. When a step's request is posted, the parts of the source app the
/// step watches (<see cref="StepDefinition.Watches"/>) are read, shown in the request and kept as a run fact for that
/// version; when the approved step is about to start they are read again, and any change re-issues the step.
/// </summary>
public sealed class ApprovalFingerprints(ISourceFingerprints reader, IRunFacts facts)
{
    /// <summary>
    /// The fields to show in the approval request of <paramref name="step"/>'s current version: what the approval will be
    /// bound to (read once per version, so a request re-rendered after a click shows the same facts), and why the step was
    /// re-issued when a change did that. Empty for a step that watches nothing or a skip.
    /// </summary>
    public async Task<IReadOnlyList<MessageField>> ShowAsync(Run run, Step step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(step);
        if (!Watched(step))
            return [];
        var key = FingerprintKey(step.StepId, step.Version);
        var stored = await facts.GetAsync(run.Id, key, cancellationToken).ConfigureAwait(false);
        SourceFingerprint shown;
        if (stored is null)
        {
            shown = await reader.ReadAsync(run.SourceApp, step.Definition.Watches, cancellationToken).ConfigureAwait(false);
            await facts.SetAsync(run.Id, key, shown.ToJson(), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            shown = SourceFingerprint.FromJson(stored);
        }

        var fields = new List<MessageField> { new($"{run.SourceApp} now (checked again at start)", shown.Describe()) };
        if (step.Version > 1 && await facts.GetAsync(run.Id, DriftKey(step.StepId, step.Version - 1), cancellationToken).ConfigureAwait(false) is { } drift)
            fields.Insert(0, new MessageField("Re-issued", $"{run.SourceApp} changed after v{(step.Version - 1).ToString(CultureInfo.InvariantCulture)} was approved: {drift}"));
        return fields;
    }

    /// <summary>
    /// What changed in the source app since the approval request of <paramref name="step"/>'s current version was posted
    /// (kept as a run fact), or null when nothing did, the step watches nothing, or the request showed no facts.
    /// </summary>
    public async Task<string?> DriftAsync(Run run, Step step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(step);
        if (!Watched(step) || await facts.GetAsync(run.Id, FingerprintKey(step.StepId, step.Version), cancellationToken).ConfigureAwait(false) is not { } stored)
            return null;
        var now = await reader.ReadAsync(run.SourceApp, step.Definition.Watches, cancellationToken).ConfigureAwait(false);
        var changes = SourceFingerprint.FromJson(stored).ChangesTo(now);
        if (changes.Count == 0)
            return null;
        var drift = string.Join("; ", changes);
        await facts.SetAsync(run.Id, DriftKey(step.StepId, step.Version), drift, cancellationToken).ConfigureAwait(false);
        return drift;
    }

    private static bool Watched(Step step) => step.Definition.Watches != SourceAspect.None && step.Intent == StepIntent.Execute;

    private static string FingerprintKey(string stepId, int version) =>
        $"approval.fingerprint.{stepId}.v{version.ToString(CultureInfo.InvariantCulture)}";

    private static string DriftKey(string stepId, int version) =>
        $"approval.drift.{stepId}.v{version.ToString(CultureInfo.InvariantCulture)}";
}
