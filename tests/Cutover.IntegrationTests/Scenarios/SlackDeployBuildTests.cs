namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// The deploy when the source's slug was built for another stack than the new app runs: Cutover builds the new app from
/// source — the source blob of the source's latest build, or a tarball given in the thread — and without one says
/// exactly what to run.
/// </summary>
public sealed class SlackDeployBuildTests : SlackHost
{
    private const string Tarball = "https://codeload.example.com/acme/demo-app/tar.gz/v42";

    [Fact]
    public async Task Deploy_SlugForAnotherStack_BuildsTheNewAppFromTheSourcesLatestBuild()
    {
        var root = await StageUpToDeployAsync(async heroku =>
        {
            // The source was rebuilt on heroku-22 after the new app was created on heroku-24.
            await heroku.PatchJsonAsync("apps/demo-app", new { build_stack = "heroku-22" });
            await heroku.PostJsonAsync("apps/demo-app/builds", new { source_blob = new { url = Tarball, version = "v42" } });
            Heroku.Clock.Advance(TimeSpan.FromMinutes(5)); // the build and its release finish
        });

        await ApproveStepAsync(root, 5, "Deploy current slug", Alice);

        var outcome = await WaitForMessageAsync(root, "✓ Step 5: Deploy current slug succeeded");
        Assert.Contains("slug was built for heroku-22, but demo-app-ps runs heroku-24, so demo-app-ps was built from demo-app's latest build source (v42) instead",
            outcome.AllText, StringComparison.Ordinal);
        await AssertBuiltFromAsync(Tarball);
    }

    [Fact]
    public async Task Deploy_SlugForAnotherStackAndNoSource_SaysWhatToRunThenBuildsFromTheTarballGivenInTheThread()
    {
        // The new app's name was taken on heroku-22 beforehand; the seeded source has no build, so no source to build from.
        using (var heroku = Heroku.CreateClient())
            (await heroku.PostJsonAsync("teams/apps", new { name = "demo-app-ps", space = "demo-space", stack = "heroku-22" })).Response.EnsureSuccessStatusCode();
        var root = await StageUpToDeployAsync(_ => Task.CompletedTask);

        var failed = await ApproveStepAsync(root, 5, "Deploy current slug", Alice, expect: "failed");
        var guided = await WaitForMessageAsync(root, "✗ Step 5: Deploy current slug failed");
        await Slack.SendCommandAsync(Bot, Alice, Channel, "retry 1 deploy from http://insecure.example.com/src.tar.gz");
        await WaitForEphemeralAsync(Alice, "is not an https URL of a source tarball");
        await Slack.SendCommandAsync(Bot, Alice, Channel, $"retry 1 deploy from <{Tarball}>");
        await WaitAdvancingAsync(root, "Run step 5: Deploy current slug?", m => m.Ts != failed.Ts);
        await ApproveStepAsync(root, 5, "Deploy current slug", Bob);

        Assert.Contains("Cutover has no source to build demo-app-ps from", guided.AllText, StringComparison.Ordinal);
        Assert.Contains("git push https://git.heroku.com/demo-app-ps.git HEAD:main", guided.AllText, StringComparison.Ordinal);
        Assert.Contains("retry 1 deploy from &lt;https URL of a source tarball&gt;", guided.AllText, StringComparison.Ordinal);
        var outcome = await WaitForMessageAsync(root, "✓ Step 5: Deploy current slug succeeded");
        Assert.Contains("built for heroku-24, but demo-app-ps runs heroku-22, so demo-app-ps was built from the source given in the thread", outcome.AllText, StringComparison.Ordinal);
        await AssertBuiltFromAsync(Tarball, "heroku-22");
    }

    /// <summary>Plans demo-app and takes it through create-app (copy config skipped), with <paramref name="meanwhile"/> done to Heroku before the deploy is asked for.</summary>
    private async Task<string> StageUpToDeployAsync(Func<HttpClient, Task> meanwhile)
    {
        var (root, _) = await PlanDemoAppAsync();
        foreach (var (number, title) in new[] { (0, "Preflight and plan"), (1, "Maintenance page") })
            await ApproveStepAsync(root.Ts, number, title, Alice);
        await SkipAsync(root.Ts, 2, "dns-ttl", "Lower DNS TTL");
        await ApproveStepAsync(root.Ts, 3, "Create target app", Alice);
        using var heroku = Heroku.CreateClient();
        await meanwhile(heroku);
        await SkipAsync(root.Ts, 4, "copy-config", "Copy config vars");
        return root.Ts;
    }

    private async Task AssertBuiltFromAsync(string url, string stack = "heroku-24")
    {
        using var heroku = Heroku.CreateClient();
        var build = Assert.Single((await heroku.GetJsonAsync("apps/demo-app-ps/builds")).Body!.AsArray());
        Assert.Equal((url, "succeeded"), ((string?)build!["source_blob"]!["url"], (string?)build["status"]));
        var app = (await heroku.GetJsonAsync("apps/demo-app-ps")).Body!;
        Assert.Equal(stack, (string?)app["stack"]!["name"]);
    }
}
