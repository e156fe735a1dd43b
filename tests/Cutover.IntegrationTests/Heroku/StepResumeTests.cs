namespace Cutover.IntegrationTests.Heroku;

/// <summary>
/// Crash and resume: each mutating step executor is stopped (its token cancelled) right after its first write is
/// answered, then run again from a fresh container. The resumed run must succeed, leave the simulator as an
/// uninterrupted run in a second, identical world leaves it, and send no create (POST) the uninterrupted run did not.
/// </summary>
public sealed class StepResumeTests(ITestOutputHelper output)
{
    private const string Source = ExecutorWorld.Source;
    private const string Target = ExecutorWorld.Target;

    public static TheoryData<string> Steps =>
        ["create-app", "copy-config", "deploy", "addons", "scale", "maintenance-on", "data-cutover", "domains", "go-live", "decommission"];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Step_StoppedAfterItsFirstWriteThenRunAgain_EndsLikeAnUninterruptedRunWithoutDuplicateCreates(string stepId)
    {
        await using var reference = await ExecutorWorld.StartAsync(output, TimeSpan.FromSeconds(10));
        await using var resumed = await ExecutorWorld.StartAsync(output, TimeSpan.FromSeconds(10));
        await PrepareAsync(reference, stepId);
        await PrepareAsync(resumed, stepId);

        var uninterrupted = await reference.ExecuteAsync(stepId);
        var crashed = await resumed.ExecuteAsync(stepId, crash: true);
        var again = await resumed.ExecuteAsync(stepId);

        Assert.True(uninterrupted.Result!.Succeeded, uninterrupted.Result.Message);
        Assert.NotEmpty(crashed.Writes);
        output.WriteLine($"{stepId}: first run {(crashed.Result is null ? "stopped" : "finished: " + crashed.Result.Message)}");
        Assert.True(again.Result!.Succeeded, again.Result.Message);
        var expected = await SnapshotAsync(reference);
        output.WriteLine(string.Join(Environment.NewLine, expected));
        Assert.Equal(expected, await SnapshotAsync(resumed));
        Assert.Equal(Creates(uninterrupted.Writes), Creates([.. crashed.Writes, .. again.Writes]));
        await AssertNoDuplicatesAsync(resumed, stepId);
    }

    /// <summary>What each step needs done before it, done without interruption the way the other executor tests do it.</summary>
    private static async Task PrepareAsync(ExecutorWorld world, string stepId)
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
            var run = await world.ExecuteAsync(step);
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
    private static async Task AssertNoDuplicatesAsync(ExecutorWorld world, string stepId)
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

    /// <summary>The facts a step leaves behind, free of generated ids and names, as lines to compare between worlds.</summary>
    private static async Task<List<string>> SnapshotAsync(ExecutorWorld world)
    {
        var lines = new List<string>();
        foreach (var app in new[] { Source, Target })
        {
            var (status, body, _) = await world.Http.GetJsonAsync($"apps/{app}");
            if (status == HttpStatusCode.NotFound)
            {
                lines.Add($"{app}: gone");
                continue;
            }

            lines.Add($"{app}: space={body!["space"]?["name"]} stack={body["stack"]?["name"]} maintenance={body["maintenance"]} acm={body["acm"]}");
            lines.Add($"{app} buildpacks: " + Join((await world.GetAsync($"apps/{app}/buildpack-installations")).AsArray().Select(b => (string?)b!["buildpack"]?["url"]), sort: false));
            lines.Add($"{app} features: " + Join((await world.GetAsync($"apps/{app}/features")).AsArray().Where(f => (bool)f!["enabled"]!).Select(f => (string?)f!["name"])));
            lines.Add($"{app} config: " + Join((await world.GetAsync($"apps/{app}/config-vars")).AsObject().Select(p => p.Key)));
            lines.Add($"{app} releases: " + Join((await world.GetAsync($"apps/{app}/releases")).AsArray()
                .Where(r => r!["slug"]?["id"] is not null).Select(r => $"{r!["slug"]?["id"]}/{r["status"]}/{r["description"]}")));
            lines.Add($"{app} formation: " + Join((await world.GetAsync($"apps/{app}/formation")).AsArray().Select(f => $"{f!["type"]}={f["quantity"]}:{f["size"]}")));
            var addons = (await world.GetAsync($"apps/{app}/addons")).AsArray();
            lines.Add($"{app} addons: " + Join(addons.Select(a => $"{a!["plan"]?["name"]}/{a["state"]}")));
            lines.Add($"{app} attachments: " + Join((await world.GetAsync($"apps/{app}/addon-attachments")).AsArray()
                .Select(t => $"{t!["name"]}->{addons.FirstOrDefault(a => (string?)a!["id"] == (string?)t["addon"]?["id"])?["plan"]?["name"] ?? "other"}")));
            lines.Add($"{app} domains: " + Join((await world.GetAsync($"apps/{app}/domains")).AsArray()
                .Where(d => (string?)d!["kind"] == "custom").Select(d => $"{d!["hostname"]}/{((string?)d["cname"])?.EndsWith(".herokudns.com", StringComparison.Ordinal)}")));
            if (app == Target)
            {
                foreach (var postgres in addons.Where(a => (string?)a!["addon_service"]?["name"] == "heroku-postgresql"))
                    lines.Add($"{app} postgres following: {(await world.GetAsync($"client/v11/databases/{postgres!["id"]}"))["following"] is not null}");
            }
        }

        var facts = new List<string>();
        foreach (var key in new[] { "postgres.leader", "source.writers", "source.domains" })
            facts.Add($"{key}={await world.FactAsync(key)}");
        facts.Add($"follower recorded={await world.FactAsync("postgres.follower") is not null}");
        lines.Add("facts: " + string.Join(", ", facts));
        return lines;
    }

    private static string Join(IEnumerable<string?> values, bool sort = true) =>
        string.Join(", ", sort ? values.Order(StringComparer.Ordinal) : values);
}
