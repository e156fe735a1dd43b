namespace Cutover.Steps.CreateApp;

/// <summary>
/// <c>create-app</c>: creates the target app in the space (<c>POST /teams/apps</c> with the space's team and the
/// source's stack; <see href="https://devcenter.heroku.com/articles/platform-api-reference">Platform API reference</see>), then makes its buildpacks (<c>PUT /apps/{target}/buildpack-installations</c>) and enabled features (<c>PATCH /apps/{target}/features/{feature}</c>) match the source's, and carries its drains, access, webhooks and pipeline stage (<see cref="IntegrationsCarrier"/>). Each part is read first
/// and done only when missing, so a run after a crash mid-step finishes what is left.
/// </summary>
public sealed class CreateAppStep(
    IAppsApi apps,
    ISpacesApi spaces,
    ITeamAppsApi teamApps,
    IBuildpackInstallationsApi buildpacks,
    IAppFeaturesApi features,
    IntegrationsCarrier integrations) : RunbookStep(StepIds.CreateApp)
{
    protected override async Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken)
    {
        var target = run.TargetApp;
        var notes = new List<string>();

        var existing = await StepReads.FindAppAsync(apps, target, cancellationToken).ConfigureAwait(false);
        if (existing is not null && !string.Equals(existing.Space?.Name, run.TargetSpace, StringComparison.Ordinal))
        {
            var where = existing.Space is { } other ? $"in space {other.Name}" : "on the Common Runtime";
            return StepResult.Failed($"App {target} already exists {where}, not in space {run.TargetSpace}: "
                                     + $"rename or delete it, or configure another target app suffix, then retry.");
        }

        if (existing is not null)
        {
            notes.Add($"{target} already exists in {run.TargetSpace}.");
        }
        else
        {
            var source = await apps.GetAsync(run.SourceApp, cancellationToken).ConfigureAwait(false);
            var space = await spaces.GetAsync(run.TargetSpace, cancellationToken).ConfigureAwait(false);
            if (!string.Equals(space.State, "allocated", StringComparison.OrdinalIgnoreCase))
                return StepResult.Failed($"Space {run.TargetSpace} is {space.State}, not allocated: wait until it is allocated, then retry.");
            await teamApps.CreateAsync(new TeamAppCreate(target, space.Team?.Name, space.Name, source.Stack?.Name), cancellationToken)
                .ConfigureAwait(false);
            notes.Add($"Created {target} in {run.TargetSpace} on {source.Stack?.Name}.");
        }

        notes.Add(await CopyBuildpacksAsync(run.SourceApp, target, cancellationToken).ConfigureAwait(false));
        notes.Add(await CopyFeaturesAsync(run.SourceApp, target, cancellationToken).ConfigureAwait(false));
        notes.AddRange(await integrations.CarryAsync(run.SourceApp, target, cancellationToken).ConfigureAwait(false));
        return StepResult.Done(string.Join(" ", notes));
    }

    private async Task<string> CopyBuildpacksAsync(string source, string target, CancellationToken cancellationToken)
    {
        var wanted = await ReadBuildpacksAsync(source, cancellationToken).ConfigureAwait(false);
        var current = await ReadBuildpacksAsync(target, cancellationToken).ConfigureAwait(false);
        if (wanted.SequenceEqual(current, StringComparer.Ordinal))
            return $"Buildpacks already in place ({wanted.Count}).";
        await buildpacks.UpdateAsync(target, new BuildpackInstallationsUpdate([.. wanted.Select(b => new BuildpackUpdate(b))]), cancellationToken)
            .ConfigureAwait(false);
        return $"Set buildpacks: {string.Join(", ", wanted)}.";
    }

    private async Task<List<string>> ReadBuildpacksAsync(string app, CancellationToken cancellationToken) =>
        [.. (await HerokuPaging.ListAllAsync<BuildpackInstallation>((range, ct) => buildpacks.ListAsync(app, range, ct), cancellationToken).ConfigureAwait(false))
            .OrderBy(b => b.Ordinal)
            .Select(b => b.Buildpack.Url)];

    /// <summary>Enables every feature the source has on; one Heroku refuses (422, e.g. Cedar-only) is noted, not fatal.</summary>
    private async Task<string> CopyFeaturesAsync(string source, string target, CancellationToken cancellationToken)
    {
        var wanted = await EnabledFeaturesAsync(source, cancellationToken).ConfigureAwait(false);
        var enabled = (await EnabledFeaturesAsync(target, cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var missing = wanted.Where(f => !enabled.Contains(f)).ToList();
        if (missing.Count == 0)
            return $"Features already enabled ({wanted.Count}).";

        var done = new List<string>();
        var refused = new List<string>();
        foreach (var feature in missing)
        {
            try
            {
                await features.UpdateAsync(target, feature, new AppFeatureUpdate(true), cancellationToken).ConfigureAwait(false);
                done.Add(feature);
            }
            catch (HerokuApiException exception) when (exception.StatusCode == HttpStatusCode.UnprocessableEntity)
            {
                refused.Add($"{feature} ({exception.Message})");
            }
        }

        var note = done.Count > 0 ? $"Enabled features: {string.Join(", ", done)}." : "No feature enabled.";
        return refused.Count > 0 ? $"{note} Heroku refused: {string.Join("; ", refused)}." : note;
    }

    private async Task<List<string>> EnabledFeaturesAsync(string app, CancellationToken cancellationToken) =>
        [.. (await HerokuPaging.ListAllAsync<AppFeature>((range, ct) => features.ListAsync(app, range, ct), cancellationToken).ConfigureAwait(false))
            .Where(f => f.Enabled)
            .Select(f => f.Name)
            .Order(StringComparer.Ordinal)];
}
