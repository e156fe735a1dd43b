namespace Cutover.Steps.Deploy;

/// <summary>
/// <c>deploy</c>: releases the source's running slug on the target without rebuilding (<see href="https://devcenter.heroku.com/articles/platform-api-copying-slugs">copying
/// slugs</see>): reads the source's newest release and its slug's stack, the target's stack and
/// newest release; <c>POST /apps/{target}/releases {"slug"}</c> only when the target does not run that slug yet,
/// then polls <c>GET /apps/{target}/releases/{id}</c> with backoff until it succeeds, fails, or
/// <see cref="MigrationOptions.ReleaseTimeout"/> passes. A release of that slug still pending is waited on, not repeated.
/// A slug built for another stack than the target's is not copied: the target is built from source instead
/// (<see cref="SourceBuild"/>).
/// </summary>
public sealed class DeployStep(
    IAppsApi apps,
    IReleasesApi releases,
    ISlugsApi slugs,
    SourceBuild sourceBuild,
    MigrationOptions options,
    TimeProvider timeProvider) : RunbookStep(StepIds.Deploy)
{
    protected override async Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken)
    {
        var target = run.TargetApp;
        var newest = await StepReads.NewestReleaseAsync(releases, run.SourceApp, cancellationToken).ConfigureAwait(false);
        if (newest is not { Status: "succeeded", Slug.Id: { } slugId })
        {
            return StepResult.Failed(newest is null
                ? $"{run.SourceApp} has no release: deploy it so there is a slug to copy, then retry."
                : $"{run.SourceApp}'s newest release v{newest.Version} is {newest.Status}{(newest.Slug is null ? " without a slug" : string.Empty)}: "
                  + "it must be a succeeded release with a slug; deploy or roll back the source, then retry.");
        }

        var slugStack = (await slugs.GetAsync(run.SourceApp, slugId, cancellationToken).ConfigureAwait(false)).Stack?.Name;
        var targetApp = await apps.GetAsync(target, cancellationToken).ConfigureAwait(false);
        var targetStack = targetApp.Stack?.Name;
        if (!string.Equals(slugStack, targetStack, StringComparison.OrdinalIgnoreCase))
        {
            return await sourceBuild.BuildAsync(run, $"{run.SourceApp} v{newest.Version}'s slug was built for {slugStack}, but {target} runs {targetStack}",
                cancellationToken).ConfigureAwait(false);
        }

        var deployed = await StepReads.NewestReleaseAsync(releases, target, cancellationToken).ConfigureAwait(false);
        if (deployed is { Slug.Id: { } deployedSlug } && deployedSlug == slugId && deployed.Status is "succeeded" or "pending")
        {
            if (deployed.Status == "succeeded")
                return StepResult.Done($"{target} already runs {run.SourceApp} v{newest.Version}'s slug (v{deployed.Version}); nothing deployed.");
            return await WaitAsync(target, deployed, $"Waited for {target} v{deployed.Version} already releasing {run.SourceApp} v{newest.Version}'s slug", cancellationToken)
                .ConfigureAwait(false);
        }

        var created = await releases.CreateAsync(target, new ReleaseCreate(slugId, $"Copied from {run.SourceApp} v{newest.Version}"), cancellationToken)
            .ConfigureAwait(false);
        return await WaitAsync(target, created, $"Released {run.SourceApp} v{newest.Version}'s slug on {target} as v{created.Version}", cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<StepResult> WaitAsync(string app, Release release, string success, CancellationToken cancellationToken)
    {
        var deadline = timeProvider.GetUtcNow() + options.ReleaseTimeout;
        var current = await Polling.UntilAsync(release, ct => releases.GetAsync(app, release.Id, ct),
            r => r.Status is "succeeded" or "failed" or "expired", deadline, Polling.Quick, timeProvider, cancellationToken).ConfigureAwait(false);
        return current.Status switch
        {
            "succeeded" => StepResult.Done($"{success}."),
            "failed" or "expired" => StepResult.Failed($"Release v{current.Version} on {app} is {current.Status} (Heroku's status): "
                                                       + "check its release phase output, fix the cause, then retry."),
            _ => StepResult.Failed($"Release v{current.Version} on {app} is still {current.Status} after {options.ReleaseTimeout.TotalMinutes:0.#} min: "
                                   + "check it in the dashboard, then retry (a pending release is waited on, not repeated)."),
        };
    }
}
