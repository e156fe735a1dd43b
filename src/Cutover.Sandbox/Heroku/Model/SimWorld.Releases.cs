namespace Cutover.Sandbox.Heroku.Model;

/// <summary>Releases, slugs and builds: deploys take a while, config and attachment releases are immediate.</summary>
internal sealed partial class SimWorld
{
    /// <summary>
    /// A new release. A deploy (new slug, rollback) is pending for the release timing; config and
    /// add-on releases succeed at once. Either way the dynos restart on it when it succeeds.
    /// </summary>
    public SimRelease CreateRelease(SimApp app, string description, SimSlug? slug, bool deploy, DateTimeOffset? at = null)
    {
        var when = at ?? Now;
        var release = new SimRelease
        {
            Id = NewId(),
            App = app,
            Version = app.NextReleaseVersion,
            Description = description,
            Slug = slug,
            User = Account,
            Config = new Dictionary<string, string>(app.Config, StringComparer.Ordinal),
            AddonPlanNames = AddonPlanNames(app),
            CreatedAt = when,
            ReadyAt = deploy ? when + Timings.Release : when,
            UpdatedAt = when,
        };
        app.Releases.Add(release);
        app.UpdatedAt = when;
        if (!deploy)
            CompleteRelease(release);
        return release;
    }

    /// <summary>A release for a config or add-on change: same code as the latest release.</summary>
    public SimRelease ConfigRelease(SimApp app, string description, DateTimeOffset? at = null) =>
        CreateRelease(app, description, app.Releases.MaxBy(r => r.Version)?.Slug, deploy: false, at);

    public SimSlug CreateSlug(SimApp app, IReadOnlyDictionary<string, string> processTypes, SimStack stack, string? commit,
        string? commitDescription, string? buildpackDescription, long? size, DateTimeOffset at)
    {
        var slug = new SimSlug
        {
            Id = NewId(),
            App = app,
            ProcessTypes = processTypes,
            Stack = stack,
            Commit = commit,
            CommitDescription = commitDescription,
            BuildpackDescription = buildpackDescription,
            Checksum = "SHA256:" + Hex(64),
            Size = size,
            CreatedAt = at,
        };
        Slugs.Add(slug);
        return slug;
    }

    public SimBuild CreateBuild(SimApp app, string sourceUrl, string? version, string? checksum, string? versionDescription, IReadOnlyList<string>? buildpacks)
    {
        var build = new SimBuild
        {
            Id = NewId(),
            App = app,
            User = Account,
            SourceUrl = sourceUrl,
            SourceVersion = version,
            SourceChecksum = checksum,
            SourceVersionDescription = versionDescription,
            Buildpacks = buildpacks,
            Stack = app.BuildStack,
            CreatedAt = Now,
            ReadyAt = Now + Timings.Build,
            UpdatedAt = Now,
        };
        app.Builds.Add(build);
        return build;
    }

    private void CompleteBuild(SimBuild build)
    {
        var app = build.App;
        var previous = app.CurrentRelease?.Slug;
        var processTypes = previous?.ProcessTypes ?? new Dictionary<string, string> { ["web"] = "bin/start --port $PORT" };
        var slug = CreateSlug(app, processTypes, build.Stack, build.SourceVersion, build.SourceVersionDescription,
            previous?.BuildpackDescription ?? BuildpackDescription(app), previous?.Size ?? 50_000_000, build.ReadyAt);
        build.Slug = slug;
        app.Stack = build.Stack;
        build.Status = "succeeded";
        build.UpdatedAt = build.ReadyAt;
        build.Release = CreateRelease(app, $"Deploy {(build.SourceVersion is { Length: > 7 } v ? v[..7] : build.SourceVersion ?? "build")}", slug, deploy: true, build.ReadyAt);
    }

    private void CompleteRelease(SimRelease release)
    {
        release.Status = SimRelease.Succeeded;
        release.UpdatedAt = release.ReadyAt;
        var app = release.App;
        if (app.CurrentRelease != release)
            return;
        if (release.Slug is not null)
            SyncFormation(app, release.Slug, release.ReadyAt);
        RestartDynos(app, release.ReadyAt);
    }

    public static string BuildpackDescription(SimApp app) =>
        app.Buildpacks.FirstOrDefault() switch
        {
            "heroku/dotnet" => ".NET",
            "heroku/nodejs" => "Node.js",
            "heroku/python" => "Python",
            "heroku/ruby" => "Ruby/Rack",
            { } other => other,
            null => "Unknown",
        };
}
