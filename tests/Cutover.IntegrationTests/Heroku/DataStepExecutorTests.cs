namespace Cutover.IntegrationTests.Heroku;

/// <summary>
/// The data executors (addons, data-cutover) with real Refit clients against the simulator's seed world over loopback
/// HTTP, remembering the follower in a real SQLite run store: demo-app (Postgres standard-0, Redis premium-0, Fixie,
/// Papertrail) moves into demo-space as demo-app-ps. Each first run makes its change; each second run sends only GETs.
/// </summary>
public sealed class DataStepExecutorTests(ITestOutputHelper output) : ExecutorHarness(output, TimeSpan.FromSeconds(5))
{
    private const string Leader = "postgresql-curved-24817";
    private const string FollowerFact = "postgres.follower";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        Assert.True((await ExecuteAsync("create-app")).Result.Succeeded);
    }

    [Fact]
    public async Task Addons_RunTwice_ProvisionsPapertrailAndTheFollowerOnce()
    {
        var first = await ExecuteAsync("addons");
        var addons = (await GetAsync($"apps/{Target}/addons")).AsArray();
        var attachments = (await GetAsync($"apps/{Target}/addon-attachments")).AsArray();
        var follower = await FactAsync(FollowerFact);
        var second = await ExecuteAsync("addons");

        AssertWrote(first, ["POST /apps/demo-app-ps/addons", "POST /apps/demo-app-ps/addons"]);
        Assert.Equal(["heroku-postgresql:private-0", "papertrail:choklad"],
            addons.Select(a => (string?)a!["plan"]?["name"]).Order(StringComparer.Ordinal));
        Assert.All(addons, a => Assert.Equal("provisioned", (string?)a!["state"]));
        Assert.Equal(follower, (string?)addons.Single(a => (string?)a!["addon_service"]?["name"] == "heroku-postgresql")!["id"]);
        Assert.Contains(attachments, t => (string?)t!["name"] == "DATABASE_FOLLOWER" && (string?)t["addon"]?["id"] == follower);
        Assert.DoesNotContain(attachments, t => (string?)t!["name"] == "DATABASE");
        Assert.Equal(Leader, await FactAsync("postgres.leader"));
        Assert.Matches($@"of {Leader}; it is \d+ commits behind\.", first.Result.Message);
        Assert.Contains("redis-graceful-51720 will be forked in step 9", first.Result.Message, StringComparison.Ordinal);
        Assert.Contains("Not provisioned: fixie-lucid-30551", first.Result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("://", first.Result.Message, StringComparison.Ordinal);
        AssertNothingLeftToDo(second, "papertrail:choklad for papertrail-amber-11002 already there");
        Assert.Matches(@"already there; it is \d+ commits behind", second.Result.Message);
    }

    [Fact]
    public async Task Addons_SharedAddonBilledToAnotherApp_AttachesItToTheTargetOnce()
    {
        var (_, owned, _) = await Http.PostJsonAsync("apps/billing-worker/addons", new { plan = "papertrail:choklad" });
        var ownedId = (string?)owned!["id"];
        Assert.True((await Http.PostJsonAsync("addon-attachments", new { addon = ownedId, app = Source, name = "BILLING_LOGS" })).Response.IsSuccessStatusCode);

        var first = await ExecuteAsync("addons");
        var second = await ExecuteAsync("addons");

        Assert.True(first.Result.Succeeded, first.Result.Message);
        Assert.Contains("POST /addon-attachments", first.Writes);
        var attachments = (await GetAsync($"apps/{Target}/addon-attachments")).AsArray();
        Assert.Contains(attachments, t => (string?)t!["name"] == "BILLING_LOGS" && (string?)t["addon"]?["id"] == ownedId);
        Assert.Contains("Attached shared", first.Result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("POST /addon-attachments", second.Writes);
        var onTarget = (await GetAsync($"apps/{Target}/addons")).AsArray();
        Assert.Equal("billing-worker", (string?)onTarget.Single(a => (string?)a!["id"] == ownedId)!["app"]?["name"]);
        Assert.Single(onTarget, a => (string?)a!["addon_service"]?["name"] == "papertrail" && (string?)a["app"]?["name"] == Target);
    }

    [Fact]
    public async Task Addons_ProvisioningFails_FailsNamingTheAddon()
    {
        Simulator.Simulator.FailNextAddonProvisioning();

        var run = await ExecuteAsync("addons");

        Assert.False(run.Result.Succeeded);
        Assert.StartsWith("Provisioning papertrail:choklad (", run.Result.Message, StringComparison.Ordinal);
        Assert.Contains("on demo-app-ps failed: Heroku reports it deprovisioned", run.Result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataCutover_AfterAddons_RunTwice_PromotesTheFollowerAndForksRedisOnce()
    {
        Assert.True((await ExecuteAsync("addons")).Result.Succeeded);
        var follower = await FactAsync(FollowerFact);

        var first = await ExecuteAsync("data-cutover");
        var database = await GetAsync($"client/v11/databases/{follower}");
        var attachments = (await GetAsync($"apps/{Target}/addon-attachments")).AsArray();
        var redis = (await GetAsync($"apps/{Target}/addons")).AsArray().Single(a => (string?)a!["addon_service"]?["name"] == "heroku-redis")!;
        var second = await ExecuteAsync("data-cutover");

        // The promotion and the fork go side by side: their writes interleave in no fixed order (unfollow before attach).
        Assert.True(first.Result.Succeeded, first.Result.Message);
        Assert.Equal([$"PUT /client/v11/databases/{follower}/unfollow", "POST /addon-attachments", "POST /apps/demo-app-ps/addons"],
            first.Writes.OrderBy(w => w.StartsWith("POST /apps", StringComparison.Ordinal)));
        Assert.Null(database["following"]);
        Assert.Equal(follower, (string?)attachments.Single(t => (string?)t!["name"] == "DATABASE")!["addon"]?["id"]);
        Assert.Equal(("heroku-redis:private-7", "provisioned"), ((string?)redis["plan"]?["name"], (string?)redis["state"]));
        Assert.Contains(attachments, t => (string?)t!["name"] == "REDIS" && (string?)t["addon"]?["id"] == (string?)redis["id"]);
        Assert.Contains("caught up (0 commits behind) and was unfollowed", first.Result.Message, StringComparison.Ordinal);
        Assert.Contains("Promoted it to DATABASE on demo-app-ps", first.Result.Message, StringComparison.Ordinal);
        Assert.Contains("Forked redis-graceful-51720 into", first.Result.Message, StringComparison.Ordinal);
        Assert.EndsWith("re-point them to the new one by hand (Heroku has no API for it).", first.Result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("://", first.Result.Message, StringComparison.Ordinal);
        AssertNothingLeftToDo(second, "already unfollowed", "already DATABASE on demo-app-ps", "already on demo-app-ps");
    }

    [Fact]
    public async Task DataCutover_FollowerStillCatchingUp_WaitsForTheLagToDrainThenPromotes()
    {
        var follower = await CreateFollowerOverHttpAsync();

        var run = await ExecuteAsync("data-cutover");
        var attachments = (await GetAsync($"apps/{Target}/addon-attachments")).AsArray();

        Assert.True(run.Result.Succeeded, run.Result.Message);
        Assert.Contains($"PUT /client/v11/databases/{follower}/unfollow", run.Writes);
        Assert.Equal(follower, (string?)attachments.Single(t => (string?)t!["name"] == "DATABASE")!["addon"]?["id"]);
        Assert.Contains("caught up (0 commits behind)", run.Result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataCutover_LagNotDrainedWithinTheTimeout_FailsWithTheLagAndUnfollowsNothing()
    {
        await CreateFollowerOverHttpAsync();

        var run = await ExecuteAsync("data-cutover", new MigrationOptions { LagTimeout = TimeSpan.FromMinutes(1) });

        // Nothing of the database was changed; the Redis fork, made beside the wait, is the only write, and a retry reuses it.
        Assert.False(run.Result.Succeeded);
        Assert.Matches(@"is still [1-9]\d* commits behind after 1 min: retry when it has caught up", run.Result.Message);
        Assert.Equal(["POST /apps/demo-app-ps/addons"], run.Writes);
    }

    [Fact]
    public async Task DataCutover_WithoutAFollowerFact_FailsAskingForStep6()
    {
        var run = await ExecuteAsync("data-cutover");

        Assert.False(run.Result.Succeeded);
        Assert.Equal("No Postgres follower is recorded for this run: run step 6 (addons) first, then retry.", run.Result.Message);
        Assert.Empty(run.Writes);
    }

    /// <summary>A follower made the way <c>addons</c> makes it, recorded for the run, provisioned but still catching up (18 000 commits over 10 min).</summary>
    private async Task<string> CreateFollowerOverHttpAsync()
    {
        var (_, body, response) = await Http.PostJsonAsync($"apps/{Target}/addons", new
        {
            plan = "heroku-postgresql:private-0",
            attachment = new { name = "DATABASE_FOLLOWER" },
            config = new Dictionary<string, string> { ["follow"] = Leader },
        });
        Assert.True(response.IsSuccessStatusCode, body?.ToJsonString());
        var id = (string)body!["id"]!;
        await Facts.SetAsync(Run.Id, FollowerFact, id, CancellationToken.None);
        Simulator.Clock.Advance(TimeSpan.FromMinutes(4));
        return id;
    }

}
