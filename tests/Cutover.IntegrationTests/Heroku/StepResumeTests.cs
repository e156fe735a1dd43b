namespace Cutover.IntegrationTests.Heroku;

/// <summary>
/// Crash and resume: each mutating step executor is stopped (its token cancelled) right after its first write is
/// answered, then run again from a fresh container. The resumed run must succeed, leave the simulator as an
/// uninterrupted run in a second, identical world leaves it, and send no create (POST) the uninterrupted run did not.
/// </summary>
public sealed class StepResumeTests(ITestOutputHelper output)
{
    private const string Source = "demo-app";
    private const string Target = "demo-app-ps";

    public static TheoryData<string> Steps =>
        ["create-app", "copy-config", "deploy", "addons", "scale", "maintenance-on", "data-cutover", "domains", "go-live", "decommission"];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Step_StoppedAfterItsFirstWriteThenRunAgain_EndsLikeAnUninterruptedRunWithoutDuplicateCreates(string stepId)
    {
        await using var reference = await World.StartAsync(output);
        await using var resumed = await World.StartAsync(output);
        await PrepareAsync(reference, stepId);
        await PrepareAsync(resumed, stepId);

        var uninterrupted = await reference.ExecuteAsync(stepId, crash: false);
        var crashed = await resumed.ExecuteAsync(stepId, crash: true);
        var again = await resumed.ExecuteAsync(stepId, crash: false);

        Assert.True(uninterrupted.Result!.Succeeded, uninterrupted.Result.Message);
        Assert.NotEmpty(crashed.Writes);
        output.WriteLine($"{stepId}: first run {(crashed.Result is null ? "stopped" : "finished: " + crashed.Result.Message)}");
        Assert.True(again.Result!.Succeeded, again.Result.Message);
        var expected = await reference.SnapshotAsync();
        output.WriteLine(string.Join(Environment.NewLine, expected));
        Assert.Equal(expected, await resumed.SnapshotAsync());
        Assert.Equal(Creates(uninterrupted.Writes), Creates([.. crashed.Writes, .. again.Writes]));
        await AssertNoDuplicatesAsync(resumed, stepId);
    }

    /// <summary>What each step needs done before it, done without interruption the way the other executor tests do it.</summary>
    private static async Task PrepareAsync(World world, string stepId)
    {
        string[] before = stepId switch
        {
            "copy-config" or "deploy" or "addons" or "domains" => ["create-app"],
            "scale" => ["create-app", "deploy"],
            "data-cutover" => ["create-app", "addons"],
            "go-live" => ["create-app", "deploy", "scale"],
            _ => [],
        };
        foreach (var step in before)
        {
            var run = await world.ExecuteAsync(step, crash: false);
            Assert.True(run.Result!.Succeeded, $"{step}: {run.Result.Message}");
        }

        if (stepId == "go-live")
            Assert.True((await world.Http.PatchJsonAsync($"apps/{Target}", new { maintenance = true })).Response.IsSuccessStatusCode);
        if (stepId == "decommission")
        {
            foreach (var addon in new[] { "postgresql-curved-24817", "redis-graceful-51720" })
                Assert.True((await world.Http.DeleteJsonAsync($"apps/{Source}/addons/{addon}")).Response.IsSuccessStatusCode);
        }
    }

    /// <summary>The brief's explicit duplicate checks, read over HTTP from the world that was stopped and resumed.</summary>
    private static async Task AssertNoDuplicatesAsync(World world, string stepId)
    {
        switch (stepId)
        {
            case "deploy":
                var slug = (string?)(await world.GetAsync($"apps/{Source}/releases", HerokuRange.Newest("version").ToString())).AsArray()[0]!["slug"]?["id"];
                Assert.Single((await world.GetAsync($"apps/{Target}/releases")).AsArray(), r => (string?)r!["slug"]?["id"] == slug);
                break;
            case "addons":
                var postgres = (await world.GetAsync($"apps/{Target}/addons")).AsArray().Where(a => (string?)a!["addon_service"]?["name"] == "heroku-postgresql");
                Assert.Single(postgres);
                break;
            case "domains":
                var onTarget = (await world.GetAsync($"apps/{Target}/domains")).AsArray().Where(d => (string?)d!["kind"] == "custom").Select(d => (string?)d!["hostname"]).ToList();
                Assert.Equal(["api.demo-app.example.com", "www.demo-app.example.com"], onTarget.Order(StringComparer.Ordinal));
                Assert.DoesNotContain((await world.GetAsync($"apps/{Source}/domains")).AsArray(), d => (string?)d!["kind"] == "custom");
                break;
        }
    }

    private static List<string> Creates(IEnumerable<string> writes) =>
        [.. writes.Where(w => w.StartsWith("POST ", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];

    /// <summary>
    /// One simulator (seed world) with its own SQLite run store and stored run; executors come from fresh containers
    /// whose clients go through the recording handler, which (when armed) stops the run after its first answered write.
    /// </summary>
    private sealed class World : IAsyncDisposable
    {
        private readonly List<ServiceProvider> _providers = [];
        private readonly ITestOutputHelper _output;
        private SimulatorHost _simulator = null!;
        private RecordingHandler _traffic = null!;
        private TestDatabase _database = null!;
        private EfRunFacts _facts = null!;
        private Run _run = null!;
        private CancellationTokenSource? _armed;

        private World(ITestOutputHelper output) => _output = output;

        public HttpClient Http { get; private set; } = null!;

        public static async Task<World> StartAsync(ITestOutputHelper output)
        {
            var world = new World(output) { _simulator = await SimulatorHost.StartAsync("/sandbox/heroku") };
            // Cancels the armed run's token once a write has been answered: the change is made, the step is not done.
            world._traffic = new RecordingHandler(world._simulator.BaseAddress)
            {
                Answered = (request, _) => request.Method != HttpMethod.Get
                    ? Interlocked.Exchange(ref world._armed, null)?.CancelAsync() ?? Task.CompletedTask
                    : Task.CompletedTask,
            };
            world.Http = world._simulator.CreateClient();
            world._database = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
            world._facts = new EfRunFacts(world._database.Contexts);
            var planned = Runs.Planned(Source).On(world._simulator.Clock.GetUtcNow()).Build();
            world._run = (await new EfRunStore(world._database.Contexts).CreateAsync(planned, CancellationToken.None)).Value!;
            return world;
        }

        public async ValueTask DisposeAsync()
        {
            Http.Dispose();
            foreach (var provider in _providers)
                await provider.DisposeAdvancingAsync();
            await _simulator.DisposeAsync();
            _traffic.Dispose();
            _database.Delete();
        }

        /// <summary>
        /// Runs one executor; with <paramref name="crash"/> its token is cancelled once its first write is answered and the
        /// result is null when it stopped (it may also finish first). The fake clock moves only while no request is in flight.
        /// </summary>
        public async Task<(StepResult? Result, IReadOnlyList<string> Writes)> ExecuteAsync(string stepId, bool crash)
        {
            var executor = RunbookSteps.Create(Provider(), stepId);
            using var stop = new CancellationTokenSource();
            _traffic.Clear();
            Volatile.Write(ref _armed, crash ? stop : null);
            var execution = executor.ExecuteAsync(_run, stop.Token);
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            while (!execution.IsCompleted)
            {
                if (_traffic.InFlight == 0)
                    _simulator.Clock.Advance(TimeSpan.FromSeconds(10));
                await Task.Delay(5, timeout.Token);
            }

            Volatile.Write(ref _armed, null);
            var requests = _traffic.Calls;
            _output.WriteLine($"{stepId}{(crash ? " (stopped)" : string.Empty)}: {string.Join("; ", requests)}");
            StepResult? result = null;
            try
            {
                result = await execution;
            }
            catch (OperationCanceledException) when (crash && stop.IsCancellationRequested)
            {
            }

            return (result, [.. requests.Where(r => !r.StartsWith("GET ", StringComparison.Ordinal))]);
        }

        /// <summary>The facts a step leaves behind, free of generated ids and names, as lines to compare between worlds.</summary>
        public async Task<List<string>> SnapshotAsync()
        {
            var lines = new List<string>();
            foreach (var app in new[] { Source, Target })
            {
                var (status, body, _) = await Http.GetJsonAsync($"apps/{app}");
                if (status == HttpStatusCode.NotFound)
                {
                    lines.Add($"{app}: gone");
                    continue;
                }

                lines.Add($"{app}: space={body!["space"]?["name"]} stack={body["stack"]?["name"]} maintenance={body["maintenance"]} acm={body["acm"]}");
                lines.Add($"{app} buildpacks: " + Join((await GetAsync($"apps/{app}/buildpack-installations")).AsArray().Select(b => (string?)b!["buildpack"]?["url"]), sort: false));
                lines.Add($"{app} features: " + Join((await GetAsync($"apps/{app}/features")).AsArray().Where(f => (bool)f!["enabled"]!).Select(f => (string?)f!["name"])));
                lines.Add($"{app} config: " + Join((await GetAsync($"apps/{app}/config-vars")).AsObject().Select(p => p.Key)));
                lines.Add($"{app} releases: " + Join((await GetAsync($"apps/{app}/releases")).AsArray()
                    .Where(r => r!["slug"]?["id"] is not null).Select(r => $"{r!["slug"]?["id"]}/{r["status"]}/{r["description"]}")));
                lines.Add($"{app} formation: " + Join((await GetAsync($"apps/{app}/formation")).AsArray().Select(f => $"{f!["type"]}={f["quantity"]}:{f["size"]}")));
                var addons = (await GetAsync($"apps/{app}/addons")).AsArray();
                lines.Add($"{app} addons: " + Join(addons.Select(a => $"{a!["plan"]?["name"]}/{a["state"]}")));
                lines.Add($"{app} attachments: " + Join((await GetAsync($"apps/{app}/addon-attachments")).AsArray()
                    .Select(t => $"{t!["name"]}->{addons.FirstOrDefault(a => (string?)a!["id"] == (string?)t["addon"]?["id"])?["plan"]?["name"] ?? "other"}")));
                lines.Add($"{app} domains: " + Join((await GetAsync($"apps/{app}/domains")).AsArray()
                    .Where(d => (string?)d!["kind"] == "custom").Select(d => $"{d!["hostname"]}/{((string?)d["cname"])?.EndsWith(".herokudns.com", StringComparison.Ordinal)}")));
                if (app == Target)
                {
                    foreach (var postgres in addons.Where(a => (string?)a!["addon_service"]?["name"] == "heroku-postgresql"))
                        lines.Add($"{app} postgres following: {(await GetAsync($"client/v11/databases/{postgres!["id"]}"))["following"] is not null}");
                }
            }

            var facts = new List<string>();
            foreach (var key in new[] { "postgres.leader", "source.writers", "source.domains" })
                facts.Add($"{key}={await _facts.GetAsync(_run.Id, key, CancellationToken.None)}");
            facts.Add($"follower recorded={await _facts.GetAsync(_run.Id, "postgres.follower", CancellationToken.None) is not null}");
            lines.Add("facts: " + string.Join(", ", facts));
            return lines;
        }

        public async Task<JsonNode> GetAsync(string path, string? range = null)
        {
            var (status, body, _) = await Http.GetJsonAsync(path, range);
            Assert.True((int)status < 300, $"GET {path} answered {status}");
            return body!;
        }

        private static string Join(IEnumerable<string?> values, bool sort = true) =>
            string.Join(", ", sort ? values.Order(StringComparer.Ordinal) : values);

        private ServiceProvider Provider()
        {
            var services = new ServiceCollection().AddLogging();
            services.AddSingleton<TimeProvider>(_simulator.Clock);
            services.AddSingleton(new PlannerOptions());
            services.AddSingleton<IRunFacts>(_facts);
            services.AddSingleton<IHttpMessageHandlerBuilderFilter>(_traffic);
            services.AddHerokuClients(
                new HerokuClientOptions { PlatformBaseUrl = _simulator.BaseAddress, DataBaseUrl = _simulator.BaseAddress, ApiToken = SimulatorHost.Token });
            services.AddCutoverSteps();
            var provider = services.BuildServiceProvider();
            _providers.Add(provider);
            return provider;
        }
    }
}
