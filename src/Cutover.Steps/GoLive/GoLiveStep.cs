namespace Cutover.Steps.GoLive;

/// <summary>
/// <c>go-live</c>: takes the target out of maintenance (<c>PATCH /apps/{target} {"maintenance":false}</c> when it
/// is on), then smoke-checks it: <c>GET /apps/{target}/dynos</c> (<see href="https://devcenter.heroku.com/articles/platform-api-reference">Platform API reference</see>) must show every dyno
/// <c>up</c> and the newest release must be succeeded and current. It polls with backoff until that holds or
/// <see cref="MigrationOptions.SmokeTimeout"/> passes, then fails naming the dynos that are not up. Once live, it waits
/// for the domains' ACM certificates (<see cref="AcmCertificates"/>) and says which hostnames HTTPS still fails for.
/// </summary>
public sealed class GoLiveStep(
    IAppsApi apps,
    IDynosApi dynos,
    IReleasesApi releases,
    AcmCertificates certificates,
    MigrationOptions options,
    TimeProvider timeProvider) : RunbookStep(StepIds.GoLive)
{
    protected override async Task<StepResult> RunAsync(Run run, CancellationToken cancellationToken)
    {
        var target = run.TargetApp;
        if (await StepReads.FindAppAsync(apps, target, cancellationToken).ConfigureAwait(false) is not { } app)
            return StepResult.Failed($"{target} does not exist: run create-app, deploy and scale first, then retry.");

        var maintenance = "maintenance was already off";
        if (app.Maintenance)
        {
            await apps.UpdateAsync(target, new AppUpdate(Maintenance: false), cancellationToken).ConfigureAwait(false);
            maintenance = "maintenance off";
        }

        var deadline = timeProvider.GetUtcNow() + options.SmokeTimeout;
        var first = await SmokeCheckAsync(target, cancellationToken).ConfigureAwait(false);
        var check = await Polling.UntilAsync(first, ct => SmokeCheckAsync(target, ct), c => c.Problem is null, deadline, Polling.Quick,
            timeProvider, cancellationToken).ConfigureAwait(false);
        return check.Problem is null
            ? StepResult.Done($"{target} is live: {maintenance}; {check.Summary}. {await certificates.AwaitAsync(run, cancellationToken).ConfigureAwait(false)}".TrimEnd())
            : StepResult.Failed($"{target} failed its smoke check after {options.SmokeTimeout.TotalMinutes:0.#} min ({maintenance}): {check.Problem}. "
                                + "Check its logs and dynos, or put the source back in service; retry once fixed.");
    }

    /// <summary>One look at the dynos and the newest release, side by side; <c>Problem</c> is null when the app passes.</summary>
    private async Task<(string? Problem, string Summary)> SmokeCheckAsync(string target, CancellationToken cancellationToken)
    {
        var dynoRead = HerokuPaging.ListAllAsync<Dyno>((range, ct) => dynos.ListAsync(target, range, ct), cancellationToken);
        var releaseRead = StepReads.NewestReleaseAsync(releases, target, cancellationToken);
        await Task.WhenAll(dynoRead, releaseRead).ConfigureAwait(false);
        var (running, release) = (await dynoRead.ConfigureAwait(false), await releaseRead.ConfigureAwait(false));
        var problems = new List<string>();
        if (release is not { Status: "succeeded", Current: true })
        {
            problems.Add(release is null
                ? "it has no release"
                : $"its newest release v{release.Version} is {release.Status}{(release.Current ? string.Empty : " and not current")}");
        }

        var notUp = running.Where(d => !string.Equals(d.State, "up", StringComparison.Ordinal))
            .OrderBy(d => d.Name, StringComparer.Ordinal)
            .Select(d => $"{d.Name} ({d.State})")
            .ToList();
        if (running.Count == 0)
            problems.Add("no dynos are running (scale it first)");
        else if (notUp.Count > 0)
            problems.Add($"dynos not up: {string.Join(", ", notUp)}");

        var summary = $"{running.Count} dyno(s) up on v{release?.Version}";
        return (problems.Count == 0 ? null : string.Join("; ", problems), summary);
    }
}
