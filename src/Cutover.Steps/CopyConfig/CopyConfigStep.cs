namespace Cutover.Steps.CopyConfig;

/// <summary>
/// <c>copy-config</c>: copies every source config var no add-on owns to the target (<see href="https://devcenter.heroku.com/articles/platform-api-reference">Platform API reference</see>). Owned
/// names are the union of the source's attachment <c>config_vars</c> (<c>Accept-Inclusion: addon:plan,config_vars</c>)
/// and its add-ons' <c>config_vars</c>; the target's own add-ons write those. One <c>PATCH</c> with only the keys
/// missing or different on the target. Values are compared here and never leave this class.
/// </summary>
public sealed class CopyConfigStep(
    IConfigVarsApi configVars,
    IAddOnAttachmentsApi attachments,
    IAddOnsApi addOns) : RunbookStep(StepIds.CopyConfig)
{
    protected override async Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken)
    {
        var target = run.TargetApp;
        var source = await configVars.GetAsync(run.SourceApp, cancellationToken).ConfigureAwait(false);
        var owned = await OwnedNamesAsync(run.SourceApp, cancellationToken).ConfigureAwait(false);
        var current = await configVars.GetAsync(target, cancellationToken).ConfigureAwait(false);

        var copyable = source.Where(v => !owned.Contains(v.Key)).ToList();
        var changes = copyable
            .Where(v => !current.TryGetValue(v.Key, out var value) || !string.Equals(value, v.Value, StringComparison.Ordinal))
            .ToDictionary(StringComparer.Ordinal);
        var skipped = source.Count - copyable.Count;
        var ownedNote = skipped > 0 ? $" {skipped} owned by add-ons left to the target's add-ons." : string.Empty;
        if (changes.Count == 0)
            return StepResult.Done($"All {copyable.Count} config vars already in place on {target}.{ownedNote}");

        await configVars.UpdateAsync(target, changes, cancellationToken).ConfigureAwait(false);
        return StepResult.Done($"Copied {changes.Count} of {copyable.Count} config vars to {target}: {StepReads.Names(changes.Keys)}.{ownedNote}");
    }

    private async Task<HashSet<string>> OwnedNamesAsync(string app, CancellationToken cancellationToken)
    {
        var attached = HerokuPaging.ListAllAsync<AddOnAttachment>(
            (range, ct) => attachments.ListAsync(app, HerokuMediaTypes.IncludeAddOnPlanAndConfigVars, range, ct), cancellationToken);
        var billed = HerokuPaging.ListAllAsync<AddOn>((range, ct) => addOns.ListAsync(app, range, ct), cancellationToken);
        await Task.WhenAll(attached, billed).ConfigureAwait(false);
        return (await attached.ConfigureAwait(false)).SelectMany(a => a.ConfigVars ?? [])
            .Concat((await billed.ConfigureAwait(false)).SelectMany(a => a.ConfigVars))
            .ToHashSet(StringComparer.Ordinal);
    }
}
