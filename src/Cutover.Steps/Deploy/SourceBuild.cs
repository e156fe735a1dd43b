using Cutover.Core.Conversations.Handlers;

namespace Cutover.Steps.Deploy;

/// <summary>
/// The deploy's fallback when the source's slug cannot be copied (built for another stack): builds the target from
/// source (<c>POST /apps/{target}/builds</c>) — the source tarball given in the thread (<c>retry &lt;run&gt; deploy from
/// &lt;url&gt;</c>), else the source blob of the source app's latest build — and waits for the build and its release.
/// Without a source it fails naming exactly what to run. The build's id is kept as a run fact, so a retry after a crash
/// waits on it instead of building again.
/// </summary>
public sealed class SourceBuild(IBuildsApi builds, IReleasesApi releases, IRunFacts facts, MigrationOptions options, TimeProvider timeProvider)
{
    /// <summary>The run fact with the id of the build Cutover started on the target.</summary>
    public const string BuildFact = "deploy.build";

    /// <summary>Builds the target from source and waits for its release; <paramref name="why"/> (why the slug cannot be copied) opens the outcome.</summary>
    public async Task<StepResult> BuildAsync(Run run, string why, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var target = run.TargetApp;
        Build build;
        string from;
        if (await facts.GetAsync(run.Id, BuildFact, cancellationToken).ConfigureAwait(false) is { } started
            && await builds.GetAsync(target, started, cancellationToken).ConfigureAwait(false) is { Status: not "failed" } running)
        {
            (build, from) = (running, "the build started before");
        }
        else if (await SourceAsync(run, cancellationToken).ConfigureAwait(false) is { } source)
        {
            build = await builds.CreateAsync(target, new BuildCreate(source.Blob), cancellationToken).ConfigureAwait(false);
            await facts.SetAsync(run.Id, BuildFact, build.Id, cancellationToken).ConfigureAwait(false);
            from = source.Description;
        }
        else
        {
            return StepResult.Failed($"{why}, and Cutover has no source to build {target} from ({run.SourceApp} has no build with a source "
                                     + $"tarball). Either push the code yourself — `git push https://git.heroku.com/{target}.git HEAD:main` from "
                                     + $"the app's repository — and retry, or give Cutover a tarball: `retry {run.Id} deploy from <https URL of a source tarball>`.");
        }

        var deadline = timeProvider.GetUtcNow() + options.ReleaseTimeout;
        build = await Polling.UntilAsync(build, ct => builds.GetAsync(target, build.Id, ct), b => b.Status is "succeeded" or "failed", deadline,
            Polling.Quick, timeProvider, cancellationToken).ConfigureAwait(false);
        if (build.Status != "succeeded")
        {
            return StepResult.Failed($"{why}; the build of {target} from {from} is {build.Status} (build {build.Id}): see "
                                     + $"`heroku builds:output {build.Id} -a {target}`, fix the cause, then retry.");
        }

        if (build.Release?.Id is not { } releaseId)
            return StepResult.Failed($"The build of {target} from {from} succeeded without a release; retry to wait for it.");
        var release = await Polling.UntilAsync(await releases.GetAsync(target, releaseId, cancellationToken).ConfigureAwait(false),
            ct => releases.GetAsync(target, releaseId, ct), r => r.Status is "succeeded" or "failed" or "expired", deadline, Polling.Quick,
            timeProvider, cancellationToken).ConfigureAwait(false);
        return release.Status == "succeeded"
            ? StepResult.Done($"{why}, so {target} was built from {from} instead (build {build.Id}, {build.Stack}) and released as v{release.Version}.")
            : StepResult.Failed($"{why}; {target} was built from {from}, but its release v{release.Version} is {release.Status}: "
                                + "check its release phase output, fix the cause, then retry.");
    }

    /// <summary>The tarball given in the thread, else the source blob of the source app's latest build; null when neither exists.</summary>
    private async Task<(SourceBlob Blob, string Description)?> SourceAsync(Run run, CancellationToken cancellationToken)
    {
        if (await facts.GetAsync(run.Id, RetryHandler.SourceUrlFact, cancellationToken).ConfigureAwait(false) is { } url)
            return (new SourceBlob(url), "the source given in the thread");
        using var response = await builds.ListAsync(run.SourceApp, HerokuRange.Newest("created_at").ToString(), cancellationToken).ConfigureAwait(false);
        if (response.Error is { } error)
            throw error;
        return response.Content?.FirstOrDefault()?.SourceBlob is { Url.Length: > 0 } blob
            ? (new SourceBlob(blob.Url, blob.Version, blob.Checksum), $"{run.SourceApp}'s latest build source{(blob.Version is { } v ? $" ({v})" : string.Empty)}")
            : null;
    }
}
