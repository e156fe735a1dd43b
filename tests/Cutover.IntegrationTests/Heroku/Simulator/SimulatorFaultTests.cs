namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>Fault injection over HTTP (<c>/__simulator/faults</c>) and through the C# controls; reset.</summary>
public sealed class SimulatorFaultTests : SimulatorTests
{
    [Fact]
    public async Task Faults_RateLimitBurstOverHttp_Returns429ThenServesAgain()
    {
        using var control = Host.CreateClient(accept: false, token: false);

        var armed = await control.PostJsonAsync("__simulator/faults", new { rate_limit = 2 });
        var first = await Heroku.GetJsonAsync("apps/demo-app");
        var second = await Heroku.GetJsonAsync("apps/demo-app");
        var third = await Heroku.GetJsonAsync("apps/demo-app");

        Assert.Equal(2, (int)armed.Body!["rate_limit"]!);
        Assert.Equal(HttpStatusCode.TooManyRequests, first.Status);
        Assert.Equal("rate_limit", (string?)second.Body!["id"]);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Equal("4499", third.Response.Header("RateLimit-Remaining"));
    }

    [Fact]
    public async Task Faults_ServerErrors_ReturnHerokuShaped503ThenRecover()
    {
        Host.Simulator.InjectServerErrors(1);

        var failed = await Heroku.GetJsonAsync("apps/demo-app");
        var recovered = await Heroku.GetJsonAsync("apps/demo-app");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.Status);
        Assert.NotNull(failed.Body!["id"]);
        Assert.NotNull(failed.Body["message"]);
        Assert.NotNull(failed.Body["url"]);
        Assert.Equal(HttpStatusCode.OK, recovered.Status);
    }

    [Fact]
    public async Task Faults_ServerErrorStatusOverHttp_UsesThatStatus()
    {
        using var control = Host.CreateClient(accept: false, token: false);

        await control.PostJsonAsync("__simulator/faults", new { server_errors = 1, server_error_status = 502 });
        var (status, _, _) = await Heroku.GetJsonAsync("apps/demo-app");

        Assert.Equal(HttpStatusCode.BadGateway, status);
    }

    [Fact]
    public async Task Faults_Delay_SlowsEveryResponseUntilCleared()
    {
        using var control = Host.CreateClient(accept: false, token: false);
        await Heroku.GetJsonAsync("apps/demo-app");

        // A delay long enough that a busy machine's own slowness cannot pass for it, nor hide its absence.
        await control.PostJsonAsync("__simulator/faults", new { delay_ms = 2_000 });
        var slow = Stopwatch.StartNew();
        await Heroku.GetJsonAsync("apps/demo-app");
        slow.Stop();
        await control.DeleteJsonAsync("__simulator/faults");
        var fast = Stopwatch.StartNew();
        await Heroku.GetJsonAsync("apps/demo-app");
        fast.Stop();

        Assert.True(slow.Elapsed >= TimeSpan.FromMilliseconds(1_990), $"slow call took {slow.Elapsed}");
        Assert.True(fast.Elapsed < TimeSpan.FromMilliseconds(1_990), $"fast call took {fast.Elapsed}");
    }

    [Fact]
    public async Task Faults_FailNextAddon_EndsDeprovisionedWithoutConfigVarsAndOnlyOnce()
    {
        using var control = Host.CreateClient(accept: false, token: false);

        await control.PostJsonAsync("__simulator/faults", new { fail_next_addon = true });
        var created = await Heroku.PostJsonAsync("apps/marketing-site/addons", new { plan = "heroku-redis:mini" });
        var during = await Heroku.GetJsonAsync($"apps/marketing-site/addons/{(string)created.Body!["id"]!}");
        Host.Clock.Advance(TimeSpan.FromMinutes(5));
        var after = await Heroku.GetJsonAsync($"addons/{(string)created.Body["id"]!}");
        var afterByApp = await Heroku.GetJsonAsync($"apps/marketing-site/addons/{(string)created.Body["id"]!}");
        var config = await Heroku.GetJsonAsync("apps/marketing-site/config-vars");
        var next = await Heroku.PostJsonAsync("apps/marketing-site/addons", new { plan = "heroku-redis:mini" });

        Assert.Equal("provisioning", (string?)during.Body!["state"]);
        Assert.Equal("deprovisioned", (string?)after.Body!["state"]);
        Assert.Equal("deprovisioned", (string?)afterByApp.Body!["state"]);
        Assert.Null(config.Body!["REDIS_URL"]);
        Assert.False(Host.Simulator.Faults.FailNextAddonProvisioning);
        Assert.Equal(HttpStatusCode.Created, next.Status);
    }

    [Fact]
    public async Task Reset_AfterChanges_RestoresTheSeedAndClearsFaults()
    {
        using var control = Host.CreateClient(accept: false, token: false);
        await Heroku.PatchJsonAsync("apps/demo-app", new { maintenance = true });
        await Heroku.DeleteJsonAsync("apps/marketing-site");
        Host.Simulator.InjectRateLimitBursts(5);

        var reset = await control.PostJsonAsync("__simulator/reset");
        var app = await Heroku.GetJsonAsync("apps/demo-app");
        var deleted = await Heroku.GetJsonAsync("apps/marketing-site");

        Assert.Equal(HttpStatusCode.OK, reset.Status);
        Assert.False((bool)app.Body!["maintenance"]!);
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal(0, Host.Simulator.Faults.RateLimitBursts);
    }

    [Fact]
    public async Task State_OverHttp_ShowsAppsSpacesAndConfigVarNamesButNoValues()
    {
        using var control = Host.CreateClient(accept: false, token: false);

        var (status, body, _) = await control.GetJsonAsync("__simulator/state");
        var text = body!.ToJsonString();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"demo-space-eu\"", text, StringComparison.Ordinal);
        Assert.Contains("DATABASE_URL", text, StringComparison.Ordinal);
        Assert.DoesNotContain("postgres://", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sk_test_sandbox_only", text, StringComparison.Ordinal);
    }
}
