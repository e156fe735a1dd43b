namespace Cutover.IntegrationTests.Heroku;

/// <summary>
/// The cutover executors (maintenance-on, domains, go-live, decommission) with real Refit clients against the
/// simulator's seed world over loopback HTTP, remembering facts in a real SQLite run store: demo-app moves into
/// demo-space as demo-app-ps. Each first run makes its change; each second run sends only GETs.
/// </summary>
public sealed class CutoverStepExecutorTests(ITestOutputHelper output) : ExecutorHarness(output, TimeSpan.FromSeconds(1))
{
    [Fact]
    public async Task MaintenanceOn_RunTwice_StopsTheWorkerOnceAndKeepsItsQuantity()
    {
        var first = await ExecuteAsync("maintenance-on");
        var app = await GetAsync($"apps/{Source}");
        var formation = await FormationAsync(Source);
        var second = await ExecuteAsync("maintenance-on");

        // Maintenance and the writers' stop go side by side, in no fixed order.
        Assert.True(first.Result.Succeeded, first.Result.Message);
        Assert.Equal(["PATCH /apps/demo-app", "PATCH /apps/demo-app/formation"], first.Writes.Order(StringComparer.Ordinal));
        Assert.True((bool)app["maintenance"]!);
        Assert.Equal([("web", 2), ("worker", 0)], formation);
        Assert.Contains("Stopped writers: worker (was 1)", first.Result.Message, StringComparison.Ordinal);
        AssertNothingLeftToDo(second, "already in maintenance");
        Assert.Equal("worker=1", await FactAsync("source.writers"));
    }

    [Fact]
    public async Task Domains_RunTwice_MovesBothDomainsRecordsTheirDnsTargetsAndEnablesAcmOnce()
    {
        await ExecuteAsync("create-app");

        var first = await ExecuteAsync("domains");
        var moved = (await GetAsync($"apps/{Target}/domains")).AsArray()
            .Where(d => (string?)d!["kind"] == "custom")
            .ToDictionary(d => (string)d!["hostname"]!, d => (string?)d!["cname"]);
        var left = (await GetAsync($"apps/{Source}/domains")).AsArray().Where(d => (string?)d!["kind"] == "custom");
        var app = await GetAsync($"apps/{Target}");
        var second = await ExecuteAsync("domains");

        // The hostnames move side by side, so their writes interleave in no fixed order; ACM comes once both have moved.
        Assert.True(first.Result.Succeeded, first.Result.Message);
        Assert.Equal(
            ["DELETE /apps/demo-app/domains/api.demo-app.example.com", "DELETE /apps/demo-app/domains/www.demo-app.example.com",
             "POST /apps/demo-app-ps/acm", "POST /apps/demo-app-ps/domains", "POST /apps/demo-app-ps/domains"],
            first.Writes.Order(StringComparer.Ordinal));
        Assert.Equal("POST /apps/demo-app-ps/acm", first.Writes[^1]);
        Assert.Equal(["api.demo-app.example.com", "www.demo-app.example.com"], moved.Keys.Order(StringComparer.Ordinal));
        Assert.All(moved.Values, cname => Assert.EndsWith(".herokudns.com", cname, StringComparison.Ordinal));
        Assert.Empty(left);
        Assert.True((bool)app["acm"]!);
        Assert.Contains($"www.demo-app.example.com → {moved["www.demo-app.example.com"]}", first.Result.Message, StringComparison.Ordinal);
        Assert.Equal($"api.demo-app.example.com={moved["api.demo-app.example.com"]};www.demo-app.example.com={moved["www.demo-app.example.com"]}",
            await FactAsync("dns.targets"));
        AssertNothingLeftToDo(second, "already");
    }

    [Fact]
    public async Task GoLive_DynosUp_TurnsMaintenanceOffAndPasses()
    {
        await DeployAndScaleTargetAsync();
        Assert.True((await Http.PatchJsonAsync($"apps/{Target}", new { maintenance = true })).Response.IsSuccessStatusCode);

        var run = await ExecuteAsync("go-live");
        var app = await GetAsync($"apps/{Target}");

        Assert.True(run.Result.Succeeded, run.Result.Message);
        Assert.Equal(["PATCH /apps/demo-app-ps"], run.Writes);
        Assert.False((bool)app["maintenance"]!);
        Assert.Contains("3 dyno(s) up", run.Result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoLive_AfterTheDomainsMoved_WaitsForAcmToIssueTheirCertificates()
    {
        await DeployAndScaleTargetAsync();
        Assert.True((await ExecuteAsync("domains")).Result!.Succeeded);

        var run = await ExecuteAsync("go-live");
        var domains = (await GetAsync($"apps/{Target}/domains")).AsArray().Where(d => (string?)d!["kind"] == "custom").ToList();

        Assert.True(run.Result!.Succeeded, run.Result.Message);
        Assert.Contains("HTTPS: ACM issued the certificates of api.demo-app.example.com, www.demo-app.example.com.", run.Result.Message, StringComparison.Ordinal);
        Assert.All(domains, d => Assert.Equal("cert issued", (string?)d!["acm_status"]));
    }

    [Fact]
    public async Task GoLive_AcmStillPendingAtItsTimeout_SaysHttpsFailsForWhichHostnamesAndSinceWhen()
    {
        var migration = new MigrationOptions { AcmTimeout = TimeSpan.FromMinutes(1) };
        await DeployAndScaleTargetAsync(migration);
        Assert.True((await ExecuteAsync("domains", migration)).Result!.Succeeded);

        var run = await ExecuteAsync("go-live", migration);

        Assert.True(run.Result!.Succeeded, run.Result.Message);
        Assert.Matches(@"HTTPS fails for api\.demo-app\.example\.com, www\.demo-app\.example\.com until ACM issues their certificates: "
                       + @"pending for \d+ min \(since \d\d:\d\d UTC, when the domains moved\)\. .*`heroku certs:auto -a demo-app-ps`",
            run.Result.Message);
        Assert.DoesNotContain("ACM issued", run.Result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoLive_DynosNotUpWithinTheSmokeTimeout_FailsListingThem()
    {
        var migration = new MigrationOptions { SmokeTimeout = TimeSpan.FromSeconds(5) };
        await DeployAndScaleTargetAsync(migration);

        var run = await ExecuteAsync("go-live", migration);

        // Which dynos are still booting depends on how far the fake clock moved since scaling; at least one is.
        AssertFailedWithoutWritesMatching(run, @"dynos not up: (web|worker)\.\d \(starting\)(, (web|worker)\.\d \(starting\))*");
    }

    [Fact]
    public async Task Decommission_WhileDataAddOnsRemain_RefusesThenDeletesOnceTheyAreGone()
    {
        var refused = await ExecuteAsync("decommission");
        foreach (var addon in new[] { "postgresql-curved-24817", "redis-graceful-51720" })
            Assert.True((await Http.DeleteJsonAsync($"apps/{Source}/addons/{addon}")).Response.IsSuccessStatusCode);
        var deleted = await ExecuteAsync("decommission");
        var (status, _, _) = await Http.GetJsonAsync($"apps/{Source}");
        var again = await ExecuteAsync("decommission");

        Assert.False(refused.Result.Succeeded);
        Assert.Empty(refused.Writes);
        Assert.Contains("Refusing to delete demo-app: postgresql-curved-24817 (heroku-postgresql), redis-graceful-51720 (heroku-redis)",
            refused.Result.Message, StringComparison.Ordinal);
        Assert.True(deleted.Result.Succeeded, deleted.Result.Message);
        Assert.Collection(deleted.Writes,
            uncouple => Assert.Matches("^DELETE /pipeline-couplings/[0-9a-f-]{36}$", uncouple),
            delete => Assert.Equal("DELETE /apps/demo-app", delete));
        Assert.Contains("Took demo-app out of its pipeline (production).", deleted.Result.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.True(again.Result.Succeeded, again.Result.Message);
        Assert.Empty(again.Writes);
        Assert.Contains("already deleted", again.Result.Message, StringComparison.Ordinal);
    }

    private async Task DeployAndScaleTargetAsync(MigrationOptions? migration = null)
    {
        foreach (var step in new[] { "create-app", "deploy", "scale" })
        {
            var run = await ExecuteAsync(step, migration);
            Assert.True(run.Result.Succeeded, run.Result.Message);
        }
    }

    private async Task<List<(string?, int)>> FormationAsync(string app) =>
        [.. (await GetAsync($"apps/{app}/formation")).AsArray()
            .Select(f => ((string?)f!["type"], (int)f["quantity"]!))
            .Where(f => f.Item1 != "release")
            .OrderBy(f => f.Item1, StringComparer.Ordinal)];

}
