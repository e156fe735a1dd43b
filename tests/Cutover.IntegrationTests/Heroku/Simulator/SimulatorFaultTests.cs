namespace Cutover.IntegrationTests.Heroku.Simulator;

/// <summary>Fault injection over HTTP (<c>/__simulator/faults</c>) and through the C# controls; reset.</summary>
public sealed class SimulatorFaultTests
{
    [Fact]
    public async Task Faults_RateLimitBurstOverHttp_Returns429ThenServesAgain()
    {
        await using var host = await SimulatorHost.StartAsync();
        using var heroku = host.CreateClient();
        using var control = host.CreateClient(accept: false, token: false);

        var armed = await control.PostJsonAsync("__simulator/faults", new { rate_limit = 2 });
        var first = await heroku.GetJsonAsync("apps/demo-app");
        var second = await heroku.GetJsonAsync("apps/demo-app");
        var third = await heroku.GetJsonAsync("apps/demo-app");

        Assert.Equal(2, (int)armed.Body!["rate_limit"]!);
        Assert.Equal(HttpStatusCode.TooManyRequests, first.Status);
        Assert.Equal("rate_limit", (string?)second.Body!["id"]);
        Assert.Equal(HttpStatusCode.OK, third.Status);
        Assert.Equal("4499", third.Response.Header("RateLimit-Remaining"));
    }

    [Fact]
    public async Task Faults_ServerErrors_ReturnHerokuShaped503ThenRecover()
    {
        await using var host = await SimulatorHost.StartAsync();
        using var heroku = host.CreateClient();
        host.Simulator.InjectServerErrors(1);

        var failed = await heroku.GetJsonAsync("apps/demo-app");
        var recovered = await heroku.GetJsonAsync("apps/demo-app");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.Status);
        Assert.NotNull(failed.Body!["id"]);
        Assert.NotNull(failed.Body["message"]);
        Assert.NotNull(failed.Body["url"]);
        Assert.Equal(HttpStatusCode.OK, recovered.Status);
    }

    [Fact]
    public async Task Faults_ServerErrorStatusOverHttp_UsesThatStatus()
    {
        await using var host = await SimulatorHost.StartAsync();
        using var heroku = host.CreateClient();
        using var control = host.CreateClient(accept: false, token: false);

        await control.PostJsonAsync("__simulator/faults", new { server_errors = 1, server_error_status = 502 });
        var (status, _, _) = await heroku.GetJsonAsync("apps/demo-app");

        Assert.Equal(HttpStatusCode.BadGateway, status);
    }

    [Fact]
    public async Task Faults_Delay_SlowsEveryResponseUntilCleared()
    {
        await using var host = await SimulatorHost.StartAsync();
        using var heroku = host.CreateClient();
        using var control = host.CreateClient(accept: false, token: false);
        await heroku.GetJsonAsync("apps/demo-app");

        // A delay long enough that a busy machine's own slowness cannot pass for it, nor hide its absence.
        await control.PostJsonAsync("__simulator/faults", new { delay_ms = 2_000 });
        var slow = Stopwatch.StartNew();
        await heroku.GetJsonAsync("apps/demo-app");
        slow.Stop();
        await control.DeleteJsonAsync("__simulator/faults");
        var fast = Stopwatch.StartNew();
        await heroku.GetJsonAsync("apps/demo-app");
        fast.Stop();

        Assert.True(slow.Elapsed >= TimeSpan.FromMilliseconds(1_990), $"slow call took {slow.Elapsed}");
        Assert.True(fast.Elapsed < TimeSpan.FromMilliseconds(1_990), $"fast call took {fast.Elapsed}");
    }

    [Fact]
    public async Task Faults_FailNextAddon_EndsDeprovisionedWithoutConfigVarsAndOnlyOnce()
    {
        await using var host = await SimulatorHost.StartAsync();
        using var heroku = host.CreateClient();
        using var control = host.CreateClient(accept: false, token: false);

        await control.PostJsonAsync("__simulator/faults", new { fail_next_addon = true });
        var created = await heroku.PostJsonAsync("apps/marketing-site/addons", new { plan = "heroku-redis:mini" });
        var during = await heroku.GetJsonAsync($"apps/marketing-site/addons/{(string)created.Body!["id"]!}");
        host.Clock.Advance(TimeSpan.FromMinutes(5));
        var after = await heroku.GetJsonAsync($"addons/{(string)created.Body["id"]!}");
        var afterByApp = await heroku.GetJsonAsync($"apps/marketing-site/addons/{(string)created.Body["id"]!}");
        var config = await heroku.GetJsonAsync("apps/marketing-site/config-vars");
        var next = await heroku.PostJsonAsync("apps/marketing-site/addons", new { plan = "heroku-redis:mini" });

        Assert.Equal("provisioning", (string?)during.Body!["state"]);
        Assert.Equal("deprovisioned", (string?)after.Body!["state"]);
        Assert.Equal("deprovisioned", (string?)afterByApp.Body!["state"]);
        Assert.Null(config.Body!["REDIS_URL"]);
        Assert.False(host.Simulator.Faults.FailNextAddonProvisioning);
        Assert.Equal(HttpStatusCode.Created, next.Status);
    }

    [Fact]
    public async Task Reset_AfterChanges_RestoresTheSeedAndClearsFaults()
    {
        await using var host = await SimulatorHost.StartAsync();
        using var heroku = host.CreateClient();
        using var control = host.CreateClient(accept: false, token: false);
        await heroku.PatchJsonAsync("apps/demo-app", new { maintenance = true });
        await heroku.DeleteJsonAsync("apps/marketing-site");
        host.Simulator.InjectRateLimitBursts(5);

        var reset = await control.PostJsonAsync("__simulator/reset");
        var app = await heroku.GetJsonAsync("apps/demo-app");
        var deleted = await heroku.GetJsonAsync("apps/marketing-site");

        Assert.Equal(HttpStatusCode.OK, reset.Status);
        Assert.False((bool)app.Body!["maintenance"]!);
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal(0, host.Simulator.Faults.RateLimitBursts);
    }

    [Fact]
    public async Task State_OverHttp_ShowsAppsSpacesAndConfigVarNamesButNoValues()
    {
        await using var host = await SimulatorHost.StartAsync();
        using var control = host.CreateClient(accept: false, token: false);

        var (status, body, _) = await control.GetJsonAsync("__simulator/state");
        var text = body!.ToJsonString();

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("\"demo-space-eu\"", text, StringComparison.Ordinal);
        Assert.Contains("DATABASE_URL", text, StringComparison.Ordinal);
        Assert.DoesNotContain("postgres://", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sk_test_sandbox_only", text, StringComparison.Ordinal);
    }
}
