namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>State that changes over (fake) time: spaces, add-ons, releases, dynos, followers, forks.</summary>
public sealed class SimulatorLifecycleTests : SimulatorTests
{
    [Fact]
    public async Task Space_SeededAllocating_BecomesAllocatedWithNatAfterItsTime()
    {
        var before = await Heroku.GetJsonAsync("spaces/demo-space-eu");
        var natBefore = await Heroku.GetJsonAsync("spaces/demo-space-eu/nat");
        var refused = await Heroku.PostJsonAsync("teams/apps", new { name = "too-early", space = "demo-space-eu" });
        Host.Clock.Advance(TimeSpan.FromMinutes(16));
        var after = await Heroku.GetJsonAsync("spaces/demo-space-eu");
        var natAfter = await Heroku.GetJsonAsync("spaces/demo-space-eu/nat");
        var created = await Heroku.PostJsonAsync("teams/apps", new { name = "in-time", space = "demo-space-eu" });

        Assert.Equal("allocating", (string?)before.Body!["state"]);
        Assert.Equal("updating", (string?)natBefore.Body!["state"]);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.Status);
        Assert.Equal("allocated", (string?)after.Body!["state"]);
        Assert.Equal("enabled", (string?)natAfter.Body!["state"]);
        Assert.Equal(2, natAfter.Body["sources"]!.AsArray().Count);
        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("frankfurt", (string?)created.Body!["region"]!["name"]);
    }

    [Fact]
    public async Task TeamApp_InShieldAndFirSpaces_TakesRegionStackAndGenerationFromTheSpace()
    {
        var shield = await Heroku.PostJsonAsync("teams/apps", new { name = "shielded", space = "demo-shield" });
        var fir = await Heroku.PostJsonAsync("teams/apps", new { name = "fir-app", space = "demo-fir" });
        var shieldApp = await Heroku.GetJsonAsync("apps/shielded");
        var firApp = await Heroku.GetJsonAsync("apps/fir-app");

        Assert.Equal(HttpStatusCode.Created, shield.Status);
        Assert.Equal("oregon", (string?)shieldApp.Body!["region"]!["name"]);
        Assert.True((bool)shieldApp.Body["space"]!["shield"]!);
        Assert.Equal("fir", (string?)firApp.Body!["generation"]!["name"]);
        Assert.Equal("cnb", (string?)firApp.Body["stack"]!["name"]);
        Assert.Equal(HttpStatusCode.Created, fir.Status);
    }

    [Fact]
    public async Task Addon_Created_ProvisionsOverTimeThenSetsConfigVarsWithARelease()
    {
        var created = await Heroku.PostJsonAsync("apps/marketing-site/addons", new { plan = "heroku-redis:mini" });
        var configDuring = await Heroku.GetJsonAsync("apps/marketing-site/config-vars");
        Host.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await Heroku.GetJsonAsync($"apps/marketing-site/addons/{(string)created.Body!["name"]!}");
        var config = await Heroku.GetJsonAsync("apps/marketing-site/config-vars");
        var release = await Heroku.GetJsonAsync("apps/marketing-site/releases", "version ..; max=1, order=desc");

        Assert.Equal(HttpStatusCode.Created, created.Status);
        Assert.Equal("provisioning", (string?)created.Body["state"]);
        Assert.Null(configDuring.Body!["REDIS_URL"]);
        Assert.Equal("provisioned", (string?)after.Body!["state"]);
        Assert.Equal(["REDIS_URL"], after.Body["config_vars"]!.AsArray().Select(v => (string)v!));
        Assert.StartsWith("rediss://", (string?)config.Body!["REDIS_URL"], StringComparison.Ordinal);
        Assert.StartsWith("Attach REDIS", (string?)release.Body![0]!["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Release_FromCopiedSlug_PendingThenSucceededAndCurrentWithDynosUp()
    {
        var source = await Heroku.GetJsonAsync("apps/demo-app/releases", "version ..; max=1, order=desc");
        var slug = (string)source.Body![0]!["slug"]!["id"]!;
        await Heroku.PostJsonAsync("teams/apps", new { name = "copy-target", space = "demo-space" });

        var created = await Heroku.PostJsonAsync("apps/copy-target/releases", new { slug });
        Host.Clock.Advance(TimeSpan.FromSeconds(25));
        var done = await Heroku.GetJsonAsync($"apps/copy-target/releases/{(string)created.Body!["id"]!}");
        var formation = await Heroku.GetJsonAsync("apps/copy-target/formation");
        var starting = await Heroku.GetJsonAsync("apps/copy-target/dynos");
        Host.Clock.Advance(TimeSpan.FromSeconds(20));
        var up = await Heroku.GetJsonAsync("apps/copy-target/dynos");
        using var stream = new HttpClient();
        var releasePhase = await stream.GetStringAsync(new Uri((string)done.Body!["output_stream_url"]!));

        Assert.Equal("pending", (string?)created.Body["status"]);
        Assert.False((bool)created.Body["current"]!);
        Assert.Equal("succeeded", (string?)done.Body!["status"]);
        Assert.True((bool)done.Body["current"]!);
        Assert.Contains("Running release command", releasePhase, StringComparison.Ordinal);
        Assert.Equal(["web", "worker"], formation.Body!.AsArray().Select(f => (string)f!["type"]!).Order());
        Assert.Equal("Private-S", (string?)formation.Body[0]!["size"]);
        Assert.Equal("starting", (string?)starting.Body![0]!["state"]);
        Assert.Equal("up", (string?)up.Body![0]!["state"]);
    }

    [Fact]
    public async Task Dynos_SeededCrashingWorker_ShowsUpAndCrashed()
    {
        var (_, body, _) = await Heroku.GetJsonAsync("apps/billing-worker/dynos");

        Assert.Equal(["crashed", "up"], body!.AsArray().Select(d => (string)d!["state"]!).Order());
    }

    [Fact]
    public async Task Follower_OverTime_LagDrainsToZeroAndWaitStatusClears()
    {
        await Heroku.PostJsonAsync("teams/apps", new { name = "follow-target", space = "demo-space" });

        var follower = await Heroku.PostJsonAsync("apps/follow-target/addons", new
        {
            plan = "heroku-postgresql:private-0",
            config = new { follow = "postgresql-curved-24817" },
            attachment = new { name = "DATABASE_FOLLOWER" },
        });
        var id = (string)follower.Body!["id"]!;
        var justCreated = await Heroku.GetJsonAsync($"client/v11/databases/{id}/wait_status");
        Host.Clock.Advance(TimeSpan.FromMinutes(1));
        var provisioning = await Heroku.GetJsonAsync($"client/v11/databases/{id}/wait_status");
        Host.Clock.Advance(TimeSpan.FromMinutes(3));
        var lagging = await Heroku.GetJsonAsync($"client/v11/databases/{id}");
        var catchingUp = await Heroku.GetJsonAsync($"client/v11/databases/{id}/wait_status");
        Host.Clock.Advance(TimeSpan.FromMinutes(5));
        var halfway = await Heroku.GetJsonAsync($"client/v11/databases/{id}");
        Host.Clock.Advance(TimeSpan.FromMinutes(6));
        var caughtUp = await Heroku.GetJsonAsync($"client/v11/databases/{id}");
        var ready = await Heroku.GetJsonAsync($"client/v11/databases/{id}/wait_status");
        var config = await Heroku.GetJsonAsync("apps/follow-target/config-vars");

        Assert.Equal(HttpStatusCode.OK, justCreated.Status);
        Assert.True((bool)justCreated.Body!["waiting?"]!);
        Assert.True((bool)provisioning.Body!["waiting?"]!);
        Assert.False((bool)catchingUp.Body!["waiting?"]!);
        Assert.Contains("catching up", (string?)catchingUp.Body["message"], StringComparison.Ordinal);
        Assert.StartsWith("postgres://", (string?)lagging.Body!["following"], StringComparison.Ordinal);
        Assert.Equal("postgresql-curved-24817", (string?)lagging.Body["leader"]);
        var behind = new[] { lagging, halfway, caughtUp }.Select(r => BehindBy(r.Body!)).ToList();
        Assert.True(behind[0] > behind[1] && behind[1] > behind[2], string.Join(", ", behind));
        Assert.Equal(0, behind[2]);
        Assert.False((bool)ready.Body!["waiting?"]!);
        Assert.Equal("Available", (string?)ready.Body["message"]);
        Assert.NotNull(config.Body!["DATABASE_FOLLOWER_URL"]);
        Assert.Null(config.Body["DATABASE_URL"]);
    }

    [Fact]
    public async Task Unfollow_DatabaseThatIsNotAFollower_IsRefused()
    {
        var (status, body, _) = await Heroku.PutJsonAsync("client/v11/databases/postgresql-curved-24817/unfollow");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, status);
        Assert.Contains("is not a follower", (string?)body!["message"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unfollow_CaughtUpFollower_StopsFollowingAndCanBePromotedToDatabase()
    {
        await Heroku.PostJsonAsync("teams/apps", new { name = "promote-target", space = "demo-space" });
        var follower = await Heroku.PostJsonAsync("apps/promote-target/addons", new
        {
            plan = "heroku-postgresql:private-0",
            config = new { follow = "postgresql-curved-24817" },
            attachment = new { name = "DATABASE_FOLLOWER" },
        });
        var id = (string)follower.Body!["id"]!;
        Host.Clock.Advance(TimeSpan.FromMinutes(15));

        var unfollowed = await Heroku.PutJsonAsync($"client/v11/databases/{id}/unfollow");
        var info = await Heroku.GetJsonAsync($"client/v11/databases/{id}");
        var again = await Heroku.PutJsonAsync($"client/v11/databases/{id}/unfollow");
        var promoted = await Heroku.PostJsonAsync("addon-attachments", new { addon = new { name = (string)follower.Body["name"]! }, app = new { name = "promote-target" }, name = "DATABASE", confirm = "promote-target" });
        var config = await Heroku.GetJsonAsync("apps/promote-target/config-vars");

        Assert.Equal(HttpStatusCode.OK, unfollowed.Status);
        Assert.Null(info.Body!["following"]);
        Assert.DoesNotContain(info.Body["info"]!.AsArray(), row => (string?)row!["name"] == "Behind By");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, again.Status);
        Assert.Equal(HttpStatusCode.Created, promoted.Status);
        Assert.Equal((string?)config.Body!["DATABASE_FOLLOWER_URL"], (string?)config.Body["DATABASE_URL"]);
    }

    [Fact]
    public async Task RedisFork_InSpace_WaitsWhileForkingThenIsAvailable()
    {
        await Heroku.PostJsonAsync("teams/apps", new { name = "fork-target", space = "demo-space" });

        var fork = await Heroku.PostJsonAsync("apps/fork-target/addons", new { plan = "heroku-redis:private-7", config = new { fork = "redis-graceful-51720" } });
        var name = (string)fork.Body!["name"]!;
        Host.Clock.Advance(TimeSpan.FromMinutes(1));
        var waiting = await Heroku.GetJsonAsync($"redis/v0/databases/{name}/wait");
        var info = await Heroku.GetJsonAsync($"redis/v0/databases/{name}");
        Host.Clock.Advance(TimeSpan.FromMinutes(2));
        var done = await Heroku.GetJsonAsync($"redis/v0/databases/{name}/wait");

        Assert.Equal(HttpStatusCode.Created, fork.Status);
        Assert.True((bool)waiting.Body!["waiting?"]!);
        Assert.Contains(info.Body!["info"]!.AsArray(), row => (string?)row!["name"] == "Forked From");
        Assert.False((bool)done.Body!["waiting?"]!);
    }

    private static long BehindBy(System.Text.Json.Nodes.JsonNode database) =>
        long.Parse(((string)database["info"]!.AsArray().Single(r => (string?)r!["name"] == "Behind By")!["values"]![0]!).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
}
