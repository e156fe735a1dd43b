using System.Text.Json.Nodes;
using Cutover.Core.Planning;
using Cutover.Core.Ports;
using Cutover.Core.Runbook;
using Cutover.Infrastructure;
using Cutover.Infrastructure.Heroku;
using Cutover.Infrastructure.Heroku.Steps;
using Cutover.Infrastructure.Persistence;
using Cutover.IntegrationTests.Heroku.Simulator;
using Cutover.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Xunit.Abstractions;

namespace Cutover.IntegrationTests.Heroku;

/// <summary>
/// The data executors (addons, data-cutover) with real Refit clients against the simulator's seed world over loopback
/// HTTP, remembering the follower in a real SQLite run store: demo-app (Postgres standard-0, Redis premium-0, Fixie,
/// Papertrail) moves into demo-space as demo-app-ps. Each first run makes its change; each second run sends only GETs.
/// </summary>
public sealed class DataStepExecutorTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Source = "demo-app";
    private const string Target = "demo-app-ps";
    private const string Leader = "postgresql-curved-24817";
    private const string FollowerFact = "postgres.follower";

    private SimulatorHost _simulator = null!;
    private TrafficRecorder _traffic = null!;
    private HttpClient _http = null!;
    private TestDatabase _database = null!;
    private EfRunFacts _facts = null!;
    private Run _run = null!;
    private readonly List<ServiceProvider> _providers = [];

    public async Task InitializeAsync()
    {
        _simulator = await SimulatorHost.StartAsync("/sandbox/heroku");
        _traffic = new TrafficRecorder(_simulator.BaseAddress);
        _http = _simulator.CreateClient();
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        _facts = new EfRunFacts(_database.Contexts);
        var planned = Run.Plan(Source, "demo-space", null, "U-req", new ConversationReference(ChatChannel.Slack, "C1", "1.1"), _simulator.Clock.GetUtcNow());
        _run = (await new EfRunStore(_database.Contexts).CreateAsync(planned, CancellationToken.None)).Value!;
        Assert.True((await ExecuteAsync("create-app")).Result.Succeeded);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        foreach (var provider in _providers)
            await provider.DisposeAsync();
        await _simulator.DisposeAsync();
        _database.Delete();
    }

    [Fact]
    public async Task Addons_RunTwice_ProvisionsPapertrailAndTheFollowerOnce()
    {
        var first = await ExecuteAsync("addons");
        var addons = (await GetAsync($"apps/{Target}/addons")).AsArray();
        var attachments = (await GetAsync($"apps/{Target}/addon-attachments")).AsArray();
        var follower = await FactAsync(FollowerFact);
        var second = await ExecuteAsync("addons");

        Assert.True(first.Result.Succeeded, first.Result.Message);
        Assert.Equal(["POST /apps/demo-app-ps/addons", "POST /apps/demo-app-ps/addons"], first.Writes);
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
        Assert.True(second.Result.Succeeded, second.Result.Message);
        Assert.Empty(second.Writes);
        Assert.Contains("papertrail:choklad for papertrail-amber-11002 already there", second.Result.Message, StringComparison.Ordinal);
        Assert.Matches(@"already there; it is \d+ commits behind", second.Result.Message);
    }

    [Fact]
    public async Task Addons_ProvisioningFails_FailsNamingTheAddon()
    {
        _simulator.Simulator.FailNextAddonProvisioning();

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

        Assert.True(first.Result.Succeeded, first.Result.Message);
        Assert.Equal([$"PUT /client/v11/databases/{follower}/unfollow", "POST /addon-attachments", "POST /apps/demo-app-ps/addons"], first.Writes);
        Assert.Null(database["following"]);
        Assert.Equal(follower, (string?)attachments.Single(t => (string?)t!["name"] == "DATABASE")!["addon"]?["id"]);
        Assert.Equal(("heroku-redis:private-7", "provisioned"), ((string?)redis["plan"]?["name"], (string?)redis["state"]));
        Assert.Contains(attachments, t => (string?)t!["name"] == "REDIS" && (string?)t["addon"]?["id"] == (string?)redis["id"]);
        Assert.Contains("caught up (0 commits behind) and was unfollowed", first.Result.Message, StringComparison.Ordinal);
        Assert.Contains("Promoted it to DATABASE on demo-app-ps", first.Result.Message, StringComparison.Ordinal);
        Assert.Contains("Forked redis-graceful-51720 into", first.Result.Message, StringComparison.Ordinal);
        Assert.EndsWith("re-point them to the new one by hand (Heroku has no API for it).", first.Result.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("://", first.Result.Message, StringComparison.Ordinal);
        Assert.True(second.Result.Succeeded, second.Result.Message);
        Assert.Empty(second.Writes);
        Assert.Contains("already unfollowed", second.Result.Message, StringComparison.Ordinal);
        Assert.Contains("already DATABASE on demo-app-ps", second.Result.Message, StringComparison.Ordinal);
        Assert.Contains("already on demo-app-ps", second.Result.Message, StringComparison.Ordinal);
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

        Assert.False(run.Result.Succeeded);
        Assert.Matches(@"is still [1-9]\d* commits behind after 1 min: retry when it has caught up", run.Result.Message);
        Assert.Empty(run.Writes);
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
        var (_, body, response) = await _http.PostJsonAsync($"apps/{Target}/addons", new
        {
            plan = "heroku-postgresql:private-0",
            attachment = new { name = "DATABASE_FOLLOWER" },
            config = new Dictionary<string, string> { ["follow"] = Leader },
        });
        Assert.True(response.IsSuccessStatusCode, body?.ToJsonString());
        var id = (string)body!["id"]!;
        await _facts.SetAsync(_run.Id, FollowerFact, id, CancellationToken.None);
        _simulator.Clock.Advance(TimeSpan.FromMinutes(4));
        return id;
    }

    /// <summary>
    /// Runs one executor from a fresh container and returns its result and the writes (non-GET requests) it sent.
    /// The fake clock moves 5 s at a time, only while no request is in flight, so polling and the simulator advance together.
    /// </summary>
    private async Task<(StepResult Result, IReadOnlyList<string> Writes)> ExecuteAsync(string stepId, MigrationOptions? migration = null)
    {
        var executor = Provider(migration ?? new MigrationOptions()).GetServices<IStepExecutor>().Single(e => e.StepId == stepId);
        _traffic.Clear();
        var execution = executor.ExecuteAsync(_run, CancellationToken.None);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!execution.IsCompleted)
        {
            if (_traffic.InFlight == 0)
                _simulator.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(5, timeout.Token);
        }

        var requests = _traffic.Requests;
        output.WriteLine($"{stepId}: {requests.Count} requests: {string.Join("; ", requests)}");
        return (await execution, [.. requests.Where(r => !r.StartsWith("GET ", StringComparison.Ordinal))]);
    }

    private ServiceProvider Provider(MigrationOptions migration)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton<TimeProvider>(_simulator.Clock);
        services.AddSingleton(new PlannerOptions());
        services.AddSingleton<IRunFacts>(_facts);
        services.AddSingleton<IHttpMessageHandlerBuilderFilter>(_traffic);
        services.AddHerokuClients(
            new HerokuClientOptions { PlatformBaseUrl = _simulator.BaseAddress, DataBaseUrl = _simulator.BaseAddress, ApiToken = SimulatorHost.Token },
            migration);
        var provider = services.BuildServiceProvider();
        _providers.Add(provider);
        return provider;
    }

    private Task<string?> FactAsync(string key) => _facts.GetAsync(_run.Id, key, CancellationToken.None);

    private async Task<JsonNode> GetAsync(string path)
    {
        var (status, body, _) = await _http.GetJsonAsync(path);
        Assert.True((int)status < 300, $"GET {path} answered {status}");
        return body!;
    }
}
