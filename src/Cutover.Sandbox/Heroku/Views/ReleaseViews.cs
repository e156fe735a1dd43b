namespace Cutover.Sandbox.Heroku.Views;

/// <summary>The <c>release</c>, <c>slug</c>, <c>build</c> and <c>buildpack-installation</c> resources.</summary>
internal static class ReleaseViews
{
    /// <param name="release">The release.</param>
    /// <param name="baseUrl">The simulator's own base URL; release-phase output streams from it.</param>
    public static JsonObject Release(SimRelease release, string baseUrl) => new()
    {
        ["addon_plan_names"] = Json.Strings(release.AddonPlanNames),
        ["artifacts"] = release.Slug is { } slug
            ? new JsonArray(new JsonObject { ["type"] = "slug", ["id"] = Json.Id(slug.Id) })
            : new JsonArray(),
        ["app"] = new JsonObject { ["name"] = release.App.Name, ["id"] = Json.Id(release.App.Id) },
        ["created_at"] = Json.Time(release.CreatedAt),
        ["description"] = release.Description,
        ["id"] = Json.Id(release.Id),
        ["updated_at"] = Json.Time(release.UpdatedAt),
        ["slug"] = release.Slug is { } s ? new JsonObject { ["id"] = Json.Id(s.Id) } : null,
        ["status"] = release.Status,
        ["user"] = new JsonObject { ["id"] = Json.Id(release.User.Id), ["email"] = release.User.Email },
        ["version"] = release.Version,
        ["current"] = release.App.CurrentRelease == release,
        ["output_stream_url"] = release.HasReleasePhase ? $"{baseUrl}/streams/{Json.Id(release.Id)}" : null,
        ["eligible_for_rollback"] = release.Status == SimRelease.Succeeded && release.Slug is not null && release.App.CurrentRelease != release,
    };

    public static JsonObject Slug(SimSlug slug) => new()
    {
        ["blob"] = new JsonObject
        {
            ["method"] = "GET",
            ["url"] = $"https://s3.amazonaws.com/herokuslugs/heroku.com/v1/{Json.Id(slug.Id)}?AWSAccessKeyId=SANDBOX&Signature=sandbox&Expires=0",
        },
        ["buildpack_provided_description"] = slug.BuildpackDescription,
        ["checksum"] = slug.Checksum,
        ["commit"] = slug.Commit,
        ["commit_description"] = slug.CommitDescription,
        ["created_at"] = Json.Time(slug.CreatedAt),
        ["id"] = Json.Id(slug.Id),
        ["process_types"] = new JsonObject([.. slug.ProcessTypes.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))]),
        ["size"] = slug.Size,
        ["stack"] = Json.Ref(slug.Stack),
        ["updated_at"] = Json.Time(slug.CreatedAt),
    };

    public static JsonObject Build(SimBuild build, string baseUrl) => new()
    {
        ["app"] = new JsonObject { ["id"] = Json.Id(build.App.Id) },
        ["buildpacks"] = build.Buildpacks is { } buildpacks
            ? new JsonArray([.. buildpacks.Select(b => (JsonNode)Buildpack(b))])
            : null,
        ["created_at"] = Json.Time(build.CreatedAt),
        ["id"] = Json.Id(build.Id),
        ["output_stream_url"] = $"{baseUrl}/streams/{Json.Id(build.Id)}",
        ["source_blob"] = new JsonObject
        {
            ["checksum"] = build.SourceChecksum,
            ["url"] = build.SourceUrl,
            ["version"] = build.SourceVersion,
            ["version_description"] = build.SourceVersionDescription,
        },
        ["release"] = build.Release is { } release ? new JsonObject { ["id"] = Json.Id(release.Id) } : null,
        ["slug"] = build.Slug is { } slug ? new JsonObject { ["id"] = Json.Id(slug.Id) } : null,
        ["stack"] = build.Stack.Name,
        ["status"] = build.Status,
        ["updated_at"] = Json.Time(build.UpdatedAt),
        ["user"] = new JsonObject { ["id"] = Json.Id(build.User.Id), ["email"] = build.User.Email },
    };

    public static JsonObject BuildpackInstallation(string buildpack, int ordinal) => new()
    {
        ["ordinal"] = ordinal,
        ["buildpack"] = Buildpack(buildpack),
    };

    /// <summary>A buildpack by registry name (<c>heroku/dotnet</c>), URN or URL, as Heroku echoes it.</summary>
    private static JsonObject Buildpack(string buildpack) => new()
    {
        ["url"] = buildpack,
        ["name"] = buildpack.StartsWith("urn:buildpack:", StringComparison.Ordinal) ? buildpack["urn:buildpack:".Length..] : buildpack,
    };
}
