namespace Cutover.IntegrationTests.Heroku.Cli;

/// <summary>The read commands of a migration preflight, in the official Heroku CLI: each exits 0 and prints the simulator's state.</summary>
public sealed class HerokuCliPreflightTests : HerokuCliTests
{
    [Fact]
    public async Task PreflightReads_InTheCli_PrintTheSimulatorsState()
    {
        var apps = await Cli.RunAsync("apps");
        foreach (var app in (await Get("users/~/apps")).AsArray())
            Assert.Contains((string)app!["name"]!, apps, StringComparison.Ordinal);

        var info = await Cli.RunAsync("apps:info", "-a", "demo-app");
        Assert.Contains("=== demo-app", info, StringComparison.Ordinal);
        Assert.Contains("heroku-postgresql:standard-0", info, StringComparison.Ordinal);

        var account = await Get("account");
        var access = await Cli.RunAsync("access", "-a", "demo-app");
        Assert.Contains((string)account["email"]!, access, StringComparison.Ordinal);
        Assert.Contains("admin", access, StringComparison.Ordinal);

        var addons = await Cli.RunAsync("addons", "-a", "demo-app");
        Assert.DoesNotContain("undefined", addons, StringComparison.Ordinal);
        foreach (var addon in (await Get("apps/demo-app/addons")).AsArray())
        {
            var plan = await Get($"plans/{(string)addon!["plan"]!["id"]!}");
            var cents = (int)plan["price"]!["cents"]!;
            Assert.Contains((string)addon["name"]!, addons, StringComparison.Ordinal);
            Assert.Contains(cents == 0 ? "free" : $"${(cents / 100).ToString(CultureInfo.InvariantCulture)}/month", addons, StringComparison.Ordinal);
        }

        var space = await Cli.RunAsync("spaces:info", "demo-space");
        var region = await Get($"regions/{(string)(await Get("spaces/demo-space"))["region"]!["id"]!}");
        Assert.Equal((string)region["description"]!, Field(space, "Region"));

        var labs = await Cli.RunAsync("labs", "-a", "demo-app");
        Assert.Contains("[+] spaces-strict-tls", labs, StringComparison.Ordinal);
        Assert.Contains("[+] log-runtime-metrics", labs, StringComparison.Ordinal);
        Assert.Contains("[ ] cli-ps-verbose", labs, StringComparison.Ordinal);

        var drains = (await Get("apps/demo-app/log-drains")).AsArray();
        var cliDrains = await Cli.RunAsync("drains", "-a", "demo-app");
        Assert.Contains($"papertrail:choklad ({(string)drains.Single(d => d!["addon"] is not null)!["addon"]!["name"]!})", cliDrains, StringComparison.Ordinal);
        Assert.Contains((string)drains.Single(d => d!["addon"] is null)!["url"]!, cliDrains, StringComparison.Ordinal);

        // ACM certificates are not SNI endpoints; the uploaded one of marketing-site is, and its domain points at it.
        Assert.Empty((await Get("apps/demo-app/sni-endpoints")).AsArray());
        Assert.Contains("has no SSL certificates", await Cli.RunAsync("certs", "-a", "demo-app"), StringComparison.Ordinal);
        var uploaded = (string)(await Get("apps/marketing-site/sni-endpoints")).AsArray().Single()!["name"]!;
        var certs = (await Cli.RunAsync("certs", "-a", "marketing-site")).Split('\n').Single(l => l.Contains(uploaded, StringComparison.Ordinal));
        Assert.Contains("www.acme.example.com", certs, StringComparison.Ordinal);
        Assert.Contains("SNI", certs, StringComparison.Ordinal);
        Assert.Contains(uploaded, (await Cli.RunAsync("domains", "-a", "marketing-site")).Split('\n').Single(l => l.Contains("www.acme.example.com", StringComparison.Ordinal)), StringComparison.Ordinal);

        var database = await Get("client/v11/databases/postgresql-curved-24817");
        var pg = await Cli.RunAsync("pg:info", "-a", "demo-app");
        Assert.Equal(((int)database["num_tables"]!).ToString(CultureInfo.InvariantCulture), Field(pg, "Tables"));
        Assert.Equal("Standard 0", Field(pg, "Plan"));
        Assert.Equal("postgresql-curved-24817", Field(pg, "Add-on"));

        var redis = await Cli.RunAsync("redis:info", "-a", "demo-app");
        Assert.Contains("redis-graceful-51720", redis, StringComparison.Ordinal);
        Assert.Equal("Premium 0", Field(redis, "Plan"));
    }

    [Fact]
    public async Task SpaceAndDynoCommands_InTheCli_ReadAndChangeTheSimulator()
    {
        var topology = await Cli.RunAsync("spaces:topology", "demo-space");
        Assert.Contains("=== internal-api (web)", topology, StringComparison.Ordinal);
        Assert.Contains("web.2", topology, StringComparison.Ordinal);

        Assert.Contains("0.0.0.0/0", await Cli.RunAsync("spaces:trusted-ips", "demo-space"), StringComparison.Ordinal);
        await Cli.RunAsync("spaces:trusted-ips:add", "203.0.113.0/24", "--space", "demo-space");
        var rules = (await Get("spaces/demo-space/inbound-ruleset"))["rules"]!.AsArray();
        Assert.Contains(rules, r => (string?)r!["source"] == "203.0.113.0/24");

        var before = UpdatedAt(await Get("apps/demo-app/dynos"));
        await Cli.RunAsync("ps:restart", "web", "-a", "demo-app");
        var after = UpdatedAt(await Get("apps/demo-app/dynos"));
        Assert.All(after.Where(d => d.Key.StartsWith("web.", StringComparison.Ordinal)), d => Assert.True(string.CompareOrdinal(d.Value, before[d.Key]) > 0, d.Key));
        Assert.All(after.Where(d => d.Key.StartsWith("worker.", StringComparison.Ordinal)), d => Assert.Equal(before[d.Key], d.Value));
        Assert.Contains("web at 3:Standard-2X", await Cli.RunAsync("ps:scale", "web=3", "-a", "demo-app"), StringComparison.Ordinal);
        Assert.Equal(3, (int)(await Get("apps/demo-app/formation/web"))["quantity"]!);

        // One open stream: the recent lines once, then new ones as time passes (a reconnecting tail repeats lines).
        var started = Host.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
        // One stream, in time order without pauses. Were it to close, the CLI's EventSource would fetch the session
        // again: its recent lines once more, minutes of simulator time later — a jump.
        var tail = await Cli.ReadLinesAsync(250, "logs", "--tail", "-a", "demo-app");
        var times = tail.Select(l => DateTimeOffset.TryParse(l.Split(' ')[0], CultureInfo.InvariantCulture, out var time) ? time : (DateTimeOffset?)null)
            .OfType<DateTimeOffset>().ToList();
        Assert.True(times.Count > 240, string.Join('\n', tail));
        var jumps = times.Zip(times.Skip(1), (a, b) => b - a).ToList();
        var worst = jumps.IndexOf(jumps.MaxBy(j => j.Duration()));
        Assert.True(jumps.All(j => j >= TimeSpan.Zero && j <= TimeSpan.FromSeconds(5)),
            $"a jump of {jumps[worst]} after line {worst}:\n{string.Join('\n', tail.Skip(Math.Max(0, worst - 3)).Take(7))}");
        Assert.Equal(tail.Count, tail.Distinct(StringComparer.Ordinal).Count());
        Assert.True(string.CompareOrdinal(tail[^1], started) > 0, tail[^1]);
        Assert.Contains(tail, l => l.Contains("heroku[router]", StringComparison.Ordinal));
    }

    private static Dictionary<string, string> UpdatedAt(System.Text.Json.Nodes.JsonNode dynos) =>
        dynos.AsArray().ToDictionary(d => (string)d!["name"]!, d => (string)d!["updated_at"]!);
}
