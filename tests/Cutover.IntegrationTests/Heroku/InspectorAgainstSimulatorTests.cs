using System.Text.Encodings.Web;
using Cutover.Infrastructure.Heroku.Http;

namespace Cutover.IntegrationTests.Heroku;

/// <summary>
/// The production <see cref="IMigrationInspector"/> (real Refit clients, headers, retries, pacing) against the
/// simulator's seed world over loopback HTTP: what preflight sees of demo-app and each seeded space, what it refuses,
/// how many calls one inspection costs, and that no config value ever reaches the planning input.
/// </summary>
public sealed class InspectorAgainstSimulatorTests(ITestOutputHelper output) : IAsyncLifetime
{
    /// <summary>Writes strings unescaped, so a leaked value would appear exactly as the seed has it.</summary>
    private static readonly JsonSerializerOptions Verbatim = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private SimulatorHost _simulator = null!;
    private RecordingHandler Traffic { get; set; } = null!;
    private ServiceProvider _client = null!;

    public async Task InitializeAsync()
    {
        _simulator = await SimulatorHost.StartAsync("/sandbox/heroku");
        Traffic = new RecordingHandler(_simulator.BaseAddress);
        _client = Client(SimulatorHost.Token);
    }

    public async Task DisposeAsync()
    {
        await _client.DisposeAdvancingAsync();
        await _simulator.DisposeAsync();
        Traffic.Dispose();
    }

    [Fact]
    public async Task Inspect_DemoAppIntoDemoSpace_SnapshotsTheRunningSource()
    {
        var source = (await InspectAsync("demo-app", "demo-space")).Source;

        Assert.Equal(("demo-app", "us", "heroku-24", "cedar"), (source.Name, source.Region, source.Stack, source.Generation));
        Assert.Null(source.Space);
        var release = Assert.IsType<ReleaseInfo>(source.CurrentRelease);
        Assert.Equal((12, "succeeded", "heroku-24"), (release.Version, release.Status, release.SlugStack));
        Assert.False(string.IsNullOrEmpty(release.SlugId));
        Assert.Equal([new FormationEntry("web", 2, "Standard-2X"), new FormationEntry("worker", 1, "Standard-1X")], source.Formation);
        Assert.Equal(["api.demo-app.example.com", "www.demo-app.example.com"], source.Domains.Select(d => d.Hostname));
        Assert.All(source.Domains, d => Assert.Null(d.SniEndpoint));
        Assert.All(source.Domains, d => Assert.EndsWith(".herokudns.com", d.Cname, StringComparison.Ordinal));
        Assert.Equal(["heroku/dotnet"], source.Buildpacks);
        Assert.Equal(["log-runtime-metrics", "runtime-dyno-metadata"], source.Features);
    }

    [Fact]
    public async Task Inspect_DemoApp_ConfigVarNamesAreTheAppsKeysSorted()
    {
        var source = (await InspectAsync("demo-app", "demo-space")).Source;
        var keys = (await _client.GetRequiredService<IConfigVarsApi>().GetAsync("demo-app", CancellationToken.None)).Keys;

        Assert.Equal(keys.Order(StringComparer.Ordinal), source.ConfigVarNames);
        Assert.Superset(
            new HashSet<string>(["ASPNETCORE_ENVIRONMENT", "DOTNET_gcServer", "SENTRY_DSN", "STRIPE_API_KEY", "FEATURE_CHECKOUT_V2",
                "DATABASE_URL", "REDIS_URL", "FIXIE_URL", "PAPERTRAIL_API_TOKEN"]),
            new HashSet<string>(source.ConfigVarNames));
    }

    [Fact]
    public async Task Inspect_DemoApp_AddonsCarryTheirAttachmentsAndOwnedConfigVars()
    {
        var listed = (await InspectAsync("demo-app", "demo-space")).Source.Addons;
        var addons = listed.ToDictionary(a => a.Service);

        Assert.Equal(["fixie", "papertrail", "heroku-postgresql", "heroku-redis"], listed.Select(a => a.Service));
        AssertAddon(addons["heroku-postgresql"], "postgresql-curved-24817", "standard-0",
            ["DATABASE", "HEROKU_POSTGRESQL_ROSE"], ["DATABASE_URL", "HEROKU_POSTGRESQL_ROSE_URL"]);
        AssertAddon(addons["heroku-redis"], "redis-graceful-51720", "premium-0", ["REDIS"], ["REDIS_URL"]);
        AssertAddon(addons["fixie"], "fixie-lucid-30551", "tricycle", ["FIXIE"], ["FIXIE_URL"]);
        AssertAddon(addons["papertrail"], "papertrail-amber-11002", "choklad", ["PAPERTRAIL"], ["PAPERTRAIL_API_TOKEN"]);
        Assert.All(addons.Values, a => Assert.True(a.BilledToSource));
        Assert.All(addons.Values, a => Assert.False(string.IsNullOrEmpty(a.Id)));
    }

    [Fact]
    public async Task Inspect_DemoApp_PlansOfEveryServiceItUsesOnce()
    {
        var plans = (await InspectAsync("demo-app", "demo-space")).ServicePlans;

        Assert.Equal(["fixie", "heroku-postgresql", "heroku-redis", "papertrail"], plans.Keys.Order(StringComparer.Ordinal));
        var postgres = plans["heroku-postgresql"].ToDictionary(p => p.Name);
        Assert.Equal(new AddonPlanInfo("heroku-postgresql", "private-0", true, false, true, 30000, []), postgres["private-0"] with { Compliance = [] });
        Assert.Equal(["HIPAA", "PCI"], postgres["shield-0"].Compliance);
        Assert.True(postgres["standard-0"].InstallableOutsidePrivateNetwork);
        Assert.False(postgres["standard-0"].InstallableInsidePrivateNetwork);
        Assert.All(plans["fixie"], p => Assert.False(p.InstallableInsidePrivateNetwork));
        Assert.All(plans, entry => Assert.All(entry.Value, p => Assert.Equal(entry.Key, p.Service)));
    }

    [Fact]
    public async Task Inspect_AllocatedPrivateSpace_StateRegionTeamNatAndPrivateSizes()
    {
        var target = (await InspectAsync("demo-app", "demo-space")).Target;

        Assert.Equal(("demo-space", "allocated", "virginia", false, "cedar", "acme"),
            (target.Name, target.State, target.Region, target.Shield, target.Generation, target.Team));
        Assert.Equal(["203.0.113.21", "203.0.113.22"], target.NatIps);
        Assert.Equal(["Private-S", "Private-M", "Private-L", "Private-L-RAM", "Private-XL", "Private-2XL"], target.DynoSizes);
    }

    [Fact]
    public async Task Inspect_ShieldSpace_ShieldWithOnlyShieldSizes()
    {
        var target = (await InspectAsync("demo-app", "demo-shield")).Target;

        Assert.Equal(("allocated", "oregon", true, "cedar"), (target.State, target.Region, target.Shield, target.Generation));
        Assert.Equal(["203.0.113.31", "203.0.113.32"], target.NatIps);
        Assert.Equal(["Shield-S", "Shield-M", "Shield-L", "Shield-L-RAM", "Shield-XL", "Shield-2XL"], target.DynoSizes);
    }

    [Fact]
    public async Task Inspect_SpaceStillAllocating_NoNatUntilAllocatedThenItsIps()
    {
        var allocating = (await InspectAsync("demo-app", "demo-space-eu")).Target;
        _simulator.Clock.Advance(TimeSpan.FromMinutes(16));
        var allocated = (await InspectAsync("demo-app", "demo-space-eu")).Target;

        Assert.Equal(("allocating", "frankfurt"), (allocating.State, allocating.Region));
        Assert.Empty(allocating.NatIps);
        Assert.Equal("allocated", allocated.State);
        Assert.Equal(["203.0.113.41", "203.0.113.42"], allocated.NatIps);
    }

    [Fact]
    public async Task Inspect_FirSpace_FirGenerationWithFirSizes()
    {
        var target = (await InspectAsync("demo-app", "demo-fir")).Target;

        Assert.Equal(("allocated", "fir", false), (target.State, target.Generation, target.Shield));
        Assert.Equal(["1X-Classic", "2X-Classic", "Performance-M-Classic", "Performance-L-Classic"], target.DynoSizes);
    }

    [Fact]
    public async Task Inspect_SerializedInput_ContainsNoConfigValue()
    {
        var input = await InspectAsync("demo-app", "demo-space");
        var config = await _client.GetRequiredService<IConfigVarsApi>().GetAsync("demo-app", CancellationToken.None);
        var json = JsonSerializer.Serialize(input, Verbatim);

        Assert.Contains("STRIPE_API_KEY", json, StringComparison.Ordinal);
        Assert.DoesNotContain("sk_test_sandbox_only", json, StringComparison.Ordinal);
        Assert.DoesNotContain("https://public@sentry.example.com/42", json, StringComparison.Ordinal);
        var secrets = config.Values.OfType<string>().Where(v => v.Length >= 8).ToList();
        Assert.True(secrets.Count >= 5, $"expected the seed's values and the add-ons' URLs, found {secrets.Count}");
        Assert.All(secrets, value => Assert.DoesNotContain(value, json, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Inspect_UnknownApp_RefusesWithoutReadingFurther()
    {
        var result = await Inspector().InspectAsync("no-such-app", "demo-space", CancellationToken.None);

        Assert.True(result.IsRefused);
        Assert.Equal("Heroku has no app named no-such-app, or the token cannot see it.", result.Refusal.Reason);
        Assert.Equal(["GET /apps/no-such-app", "GET /spaces/demo-space"], Traffic.Calls.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Inspect_UnknownSpace_RefusesNamingTheSpace()
    {
        var result = await Inspector().InspectAsync("demo-app", "no-such-space", CancellationToken.None);

        Assert.True(result.IsRefused);
        Assert.Equal("Heroku has no space named no-such-space, or the token cannot see it.", result.Refusal.Reason);
    }

    [Fact]
    public async Task Inspect_UnknownAppAndSpace_RefusalNamesBoth()
    {
        var result = await Inspector().InspectAsync("no-such-app", "no-such-space", CancellationToken.None);

        Assert.True(result.IsRefused);
        Assert.Equal("Heroku has no app named no-such-app, or the token cannot see it. Heroku has no space named no-such-space, or the token cannot see it.",
            result.Refusal.Reason);
    }

    [Fact]
    public async Task Inspect_DemoAppIntoDemoSpace_TwentyFourCallsEachPathOnce()
    {
        var before = _simulator.Simulator.RateLimitRemaining;

        await InspectAsync("demo-app", "demo-space");

        var calls = Traffic.Calls;
        output.WriteLine($"{calls.Count} calls:\n  {string.Join("\n  ", calls.Order(StringComparer.Ordinal))}");
        Assert.Equal(24, calls.Count);
        Assert.Equal(calls.Count, before - _simulator.Simulator.RateLimitRemaining);
        Assert.Equal(calls.Count, calls.Distinct(StringComparer.Ordinal).Count());
        Assert.All(calls, c => Assert.StartsWith("GET ", c, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Inspect_HerokuForbidsARead_RefusalKeepsHerokusMessage()
    {
        const string Message = "You do not have access to the app demo-app.";
        Traffic.Intercept = request => request.RequestUri!.AbsolutePath.EndsWith("/apps/demo-app/config-vars", StringComparison.Ordinal)
            ? Answer(HttpStatusCode.Forbidden, $$"""{"id":"forbidden","message":"{{Message}}"}""")
            : null;

        var result = await Inspector().InspectAsync("demo-app", "demo-space", CancellationToken.None);

        Assert.True(result.IsRefused);
        Assert.Contains(Message, result.Refusal.Reason, StringComparison.Ordinal);
        Assert.Contains("/apps/demo-app/config-vars", result.Refusal.Reason, StringComparison.Ordinal);
        Assert.Single(Traffic.Calls, r => r.EndsWith("/config-vars", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Inspect_TokenRejected_ThrowsInsteadOfRefusing()
    {
        await using var client = Client("HRKU-not-a-token");

        var error = await Assert.ThrowsAsync<HerokuApiException>(() =>
            client.GetRequiredService<IMigrationInspector>().InspectAsync("demo-app", "demo-space", CancellationToken.None));

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task Inspect_ServerErrorsOutlastRetries_ThrowsInsteadOfRefusing()
    {
        // Every answer is an instant 503 and the client runs on a fake clock, so the back-off between retries is the
        // only thing that waits (no attempt timeout can fire on a request still on the wire).
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var client = Client(SimulatorHost.Token, clock);
        await using var shutdown = client.AdvancingOnDispose();
        Traffic.Intercept = _ => Answer(HttpStatusCode.ServiceUnavailable, """{"id":"unavailable","message":"Heroku is having trouble."}""");

        var inspection = client.GetRequiredService<IMigrationInspector>().InspectAsync("demo-app", "demo-space", CancellationToken.None);
        while (!inspection.IsCompleted)
        {
            clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(10);
        }

        var error = await Assert.ThrowsAsync<HerokuApiException>(() => inspection);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, error.StatusCode);
        Assert.Equal(1 + HerokuRetryPolicy.MaxRetryAttempts, Traffic.Calls.Count(r => r == "GET /apps/demo-app"));
    }

    private static void AssertAddon(AddonInfo addon, string name, string plan, string[] attachments, string[] configVars)
    {
        Assert.Equal((name, plan), (addon.Name, addon.Plan));
        Assert.Equal(attachments, addon.Attachments);
        Assert.Equal(configVars, addon.ConfigVars);
    }

    private async Task<PlanningInput> InspectAsync(string app, string space)
    {
        Traffic.Clear();
        var result = await Inspector().InspectAsync(app, space, CancellationToken.None);
        Assert.False(result.IsRefused, result.ToString());
        return result.Value;
    }

    private IMigrationInspector Inspector() => _client.GetRequiredService<IMigrationInspector>();

    private ServiceProvider Client(string token, TimeProvider? time = null)
    {
        var services = new ServiceCollection().AddLogging();
        if (time is not null)
            services.AddSingleton(time);
        services.AddSingleton<IHttpMessageHandlerBuilderFilter>(Traffic);
        services.AddHerokuClients(new HerokuOptions
        {
            PlatformBaseUrl = _simulator.BaseAddress,
            DataBaseUrl = _simulator.BaseAddress,
            ApiToken = token,
        });
        return services.BuildServiceProvider();
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string json) =>
        new(status) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
}
