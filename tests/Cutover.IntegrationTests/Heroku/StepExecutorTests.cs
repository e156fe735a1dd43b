namespace Cutover.IntegrationTests.Heroku;

/// <summary>
/// The production step executors (real Refit clients) against the simulator's seed world over loopback HTTP:
/// demo-app moves into demo-space as demo-app-ps. Each first run makes its change, checked over plain HTTP; each
/// second run sends only GETs; and each executor refuses what it cannot do in words fit for the thread.
/// </summary>
public sealed class StepExecutorTests(ITestOutputHelper output) : ExecutorHarness(output, TimeSpan.FromSeconds(1))
{
    [Fact]
    public async Task MaintenancePage_RunTwice_SetsThePageUrlsOnTheSourceOnce()
    {
        var migration = new MigrationOptions { ErrorPageUrl = "https://pages.example.com/error.html" };

        var first = await ExecuteAsync("maintenance-page", migration);
        var config = await GetAsync($"apps/{Source}/config-vars");
        var second = await ExecuteAsync("maintenance-page", migration);

        AssertWrote(first, ["PATCH /apps/demo-app/config-vars"]);
        Assert.Equal(migration.MaintenancePageUrl, (string?)config["MAINTENANCE_PAGE_URL"]);
        Assert.Equal(migration.ErrorPageUrl, (string?)config["ERROR_PAGE_URL"]);
        Assert.DoesNotContain("https://", first.Result.Message, StringComparison.Ordinal);
        AssertNothingLeftToDo(second, "already set");
    }

    [Fact]
    public async Task CreateApp_RunTwice_CreatesTheAppInTheSpaceLikeTheSourceOnce()
    {
        var first = await ExecuteAsync("create-app");
        var app = await GetAsync($"apps/{Target}");
        var buildpacks = (await GetAsync($"apps/{Target}/buildpack-installations")).AsArray();
        var features = (await GetAsync($"apps/{Target}/features")).AsArray();
        var second = await ExecuteAsync("create-app");

        Assert.True(first.Result.Succeeded, first.Result.Message);
        Assert.Equal(("demo-space", "heroku-24"), ((string?)app["space"]?["name"], (string?)app["stack"]?["name"]));
        Assert.Equal(["heroku/dotnet"], buildpacks.Select(b => (string?)b!["buildpack"]?["url"]));
        Assert.Equal(["log-runtime-metrics", "runtime-dyno-metadata"],
            features.Where(f => (bool)f!["enabled"]!).Select(f => (string?)f!["name"]).Order(StringComparer.Ordinal));
        Assert.Contains("POST /teams/apps", first.Writes);
        AssertNothingLeftToDo(second, "already exists");
    }

    [Fact]
    public async Task CreateApp_NameTakenOnTheCommonRuntime_FailsWithoutCreating()
    {
        Assert.True((await Http.PostJsonAsync("teams/apps", new { name = Target, stack = "heroku-24" })).Response.IsSuccessStatusCode);

        var run = await ExecuteAsync("create-app");

        AssertFailedWithoutWrites(run, "already exists on the Common Runtime, not in space demo-space");
    }

    [Fact]
    public async Task CopyConfig_RunTwice_CopiesOnlyVarsNoAddonOwnsOnce()
    {
        await ExecuteAsync("create-app");

        var first = await ExecuteAsync("copy-config");
        var config = (await GetAsync($"apps/{Target}/config-vars")).AsObject();
        var second = await ExecuteAsync("copy-config");

        AssertWrote(first, ["PATCH /apps/demo-app-ps/config-vars"]);
        Assert.Superset(new HashSet<string>(["ASPNETCORE_ENVIRONMENT", "DOTNET_gcServer", "FEATURE_CHECKOUT_V2", "SENTRY_DSN", "STRIPE_API_KEY"]),
            config.Select(p => p.Key).ToHashSet());
        Assert.DoesNotContain(config, p => p.Key is "DATABASE_URL" or "REDIS_URL" or "FIXIE_URL" or "PAPERTRAIL_API_TOKEN");
        Assert.StartsWith("Copied 5 of 5 config vars to demo-app-ps: ASPNETCORE_ENVIRONMENT, DOTNET_gcServer,", first.Result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("sk_test_sandbox_only", first.Result.Message, StringComparison.Ordinal);
        AssertNothingLeftToDo(second, "already in place");
    }

    [Fact]
    public async Task Deploy_RunTwice_ReleasesTheSourceSlugOnce()
    {
        await ExecuteAsync("create-app");
        var sourceSlug = (string?)(await NewestReleaseAsync(Source))["slug"]?["id"];

        var first = await ExecuteAsync("deploy");
        var released = await NewestReleaseAsync(Target);
        var second = await ExecuteAsync("deploy");

        AssertWrote(first, ["POST /apps/demo-app-ps/releases"]);
        Assert.Equal((sourceSlug, "succeeded", "Copied from demo-app v12"),
            ((string?)released["slug"]?["id"], (string?)released["status"], (string?)released["description"]));
        AssertNothingLeftToDo(second, "already runs");
    }

    [Fact]
    public async Task Deploy_ReleaseSlowerThanTheTimeout_FailsSayingItIsStillPending()
    {
        var migration = new MigrationOptions { ReleaseTimeout = TimeSpan.FromSeconds(5) };
        await ExecuteAsync("create-app", migration);

        var run = await ExecuteAsync("deploy", migration);

        Assert.False(run.Result.Succeeded);
        Assert.Contains("is still pending after", run.Result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deploy_TargetOnAnotherStackAndNoSourceToBuild_FailsNamingWhatToRun()
    {
        Assert.True((await Http.PostJsonAsync("teams/apps", new { name = Target, space = "demo-space", stack = "heroku-22" })).Response.IsSuccessStatusCode);

        var run = await ExecuteAsync("deploy");

        AssertFailedWithoutWrites(run, "built for heroku-24, but demo-app-ps runs heroku-22", "git push https://git.heroku.com/demo-app-ps.git HEAD:main",
            "retry 1 deploy from <https URL of a source tarball>");
    }

    [Fact]
    public async Task Scale_RunTwice_GivesTheTargetTheSourceFormationOnPrivateSizesOnce()
    {
        await ExecuteAsync("create-app");
        await ExecuteAsync("deploy");

        var first = await ExecuteAsync("scale");
        var formation = (await GetAsync($"apps/{Target}/formation")).AsArray()
            .Select(f => ((string?)f!["type"], (int)f["quantity"]!, (string?)f["size"]))
            .OrderBy(f => f.Item1, StringComparer.Ordinal);
        var second = await ExecuteAsync("scale");

        AssertWrote(first, ["PATCH /apps/demo-app-ps/formation"]);
        Assert.Equal([("web", 2, "Private-S"), ("worker", 1, "Private-S")], formation);
        AssertNothingLeftToDo(second, "nothing scaled");
    }

    [Fact]
    public async Task Scale_TargetWithoutARelease_FailsNamingTheUndefinedProcessTypes()
    {
        await ExecuteAsync("create-app");

        var run = await ExecuteAsync("scale");

        AssertFailedWithoutWrites(run, "does not define process type(s) web, worker");
    }

    private async Task<JsonNode> NewestReleaseAsync(string app) =>
        (await Http.GetJsonAsync($"apps/{app}/releases", HerokuRange.Newest("version").ToString())).Body!.AsArray()[0]!;
}
