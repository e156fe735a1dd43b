namespace Cutover.Sandbox.Heroku.Logs;

/// <summary>What a build's or a release phase's <c>output_stream_url</c> shows.</summary>
internal static class OutputStream
{
    public static List<string>? For(SimWorld world, Guid id)
    {
        var build = world.Apps.SelectMany(a => a.Builds).FirstOrDefault(b => b.Id == id);
        if (build is not null)
        {
            var lines = new List<string>
            {
                $"-----> Building on the {build.Stack.Name} stack",
                $"-----> Using buildpack{((build.Buildpacks ?? build.App.Buildpacks).Count == 1 ? string.Empty : "s")}: {string.Join(", ", build.Buildpacks ?? build.App.Buildpacks)}",
                "-----> Fetching source",
                "-----> Compiling",
            };
            if (build.Status != "pending")
            {
                lines.Add("-----> Discovering process types");
                lines.Add("-----> Compressing...");
                lines.Add($"       Done: {(build.Slug?.Size ?? 0) / 1_048_576}M");
                lines.Add("-----> Launching...");
                lines.Add($"       Released v{build.Release?.Version}");
            }

            return lines;
        }

        var release = world.Apps.SelectMany(a => a.Releases).FirstOrDefault(r => r.Id == id);
        if (release?.Slug is null || !release.Slug.ProcessTypes.TryGetValue("release", out var command))
            return null;
        var output = new List<string> { $"Running release command: {command}" };
        if (release.Status == SimRelease.Succeeded)
            output.Add("Release command finished: exit status 0");
        return output;
    }
}
