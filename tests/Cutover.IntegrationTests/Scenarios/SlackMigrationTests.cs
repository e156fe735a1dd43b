namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// The whole demo migration from Slack: `/cutover plan`, then every step approved by clicking its buttons in the thread
/// (two people on destructive steps), the timed steps skipped by command, the decommission guard met and cleared, and
/// the thread's messages compared with a golden file.
/// </summary>
public sealed class SlackMigrationTests(ITestOutputHelper output) : SlackHost
{
    /// <summary>The text of each step's first approval request as the approvers saw it, by step number.</summary>
    private readonly Dictionary<int, string> _asked = [];

    private static readonly string Golden = RepositoryFiles.PathOf("tests", "Cutover.IntegrationTests", "Scenarios", "Golden", "slack-migration-thread.txt");

    [Fact]
    public async Task DemoApp_MigratedFromSlack_PlanToDecommission()
    {
        await Slack.SendCommandAsync(Bot, Requester, Channel, "plan demo-app to demo-space");
        var root = await RootAsync();

        foreach (var (number, title) in new[] { (0, "Preflight and plan"), (1, "Maintenance page") })
            await ApproveAsync(root.Ts, number, title, Alice);
        await SkipAsync(root.Ts, 2, "dns-ttl", "Lower DNS TTL");
        foreach (var (number, title) in new[]
                 {
                     (3, "Create target app"), (4, "Copy config vars"), (5, "Deploy current slug"), (6, "Provision add-ons"), (7, "Scale formation"),
                     (8, "Maintenance on"), (9, "Data cutover"), (10, "Domains and SSL"), (11, "DNS switch"), (12, "Go live"),
                 })
        {
            await ApproveAsync(root.Ts, number, title, Alice, number == 9 ? Bob : null);
        }

        await SkipAsync(root.Ts, 13, "monitor", "Monitor");
        await SkipAsync(root.Ts, 14, "restore-ttl", "Restore DNS TTL");
        await ApproveAsync(root.Ts, 15, "Decommission source app", Alice, Bob, expect: "failed");
        using (var heroku = Heroku.CreateClient())
        {
            foreach (var addon in new[] { "postgresql-curved-24817", "redis-graceful-51720" })
                (await heroku.DeleteAsync(new Uri($"apps/demo-app/addons/{addon}", UriKind.Relative))).EnsureSuccessStatusCode();
        }

        await Slack.SendCommandAsync(Bot, Alice, Channel, "retry 1 decommission");
        await ApproveAsync(root.Ts, 15, "Decommission source app", Alice, Bob);
        await WaitForMessageAsync(root.Ts, "Run 1 completed: demo-app now runs in demo-space");

        var thread = Slack.Thread(Channel, root.Ts).Select(m => $"{m.Text.Split('\n')[0]}").ToList();
        var actual = string.Join("\n", thread) + "\n";
        output.WriteLine(actual);
        GoldenFile.Equal(Golden, actual);
        Assert.DoesNotContain(Slack.Messages(), m => m.AllText.Contains("sk_test_sandbox_only", StringComparison.Ordinal));
        // Step 8's request estimates the window from this run's own Heroku calls (steps 0–7 made them).
        Assert.Contains("Cutover window (writes stopped, steps 8–12)", _asked[8], StringComparison.Ordinal);
        Assert.Matches(@"\d+ API calls × \d+ ms \(median of this run's last \d+ calls\)", _asked[8]);
        await AssertNothingLeftBehindAsync(root.Ts);
    }

    /// <summary>
    /// The target carries the source's drain, access, webhook and pipeline stage; the parity check posted after go-live
    /// is all ✓ and the decommission approval shows it; the webhook's URL path (where tokens live) never reaches chat.
    /// </summary>
    private async Task AssertNothingLeftBehindAsync(string rootTs)
    {
        var parity = Slack.Thread(Channel, rootTs).Single(m => m.Text.Split('\n')[0].EndsWith("Parity check: demo-app-ps against demo-app", StringComparison.Ordinal)).AllText;
        output.WriteLine(parity);
        Assert.DoesNotContain("✗", parity, StringComparison.Ordinal);
        foreach (var property in new[] { "Log drains", "Access", "Webhooks", "Pipeline", "Config vars", "Add-ons", "Formation", "Domains" })
            Assert.Contains($"✓ {property}:", parity, StringComparison.Ordinal);
        Assert.Contains("Still by hand", parity, StringComparison.Ordinal);
        Assert.Contains("✓ Webhooks (api:release → https://ci.acme.example.com (notify)): carried by step 3 Create target app; Heroku gives each a new secret",
            parity, StringComparison.Ordinal);
        var plan = Slack.Message(Channel, rootTs)!.AllText;
        foreach (var carried in new[] { "Log drains (syslog+tls://logs.example-siem.com:6514)", "Access (auditor@partner.example.com (view), oncall@acme.example.com (operate, view))", "Pipeline (demo (production))" })
            Assert.Contains($"✓ {carried}: carried by step 3 Create target app", plan, StringComparison.Ordinal);
        Assert.Contains("✓ Webhooks:", _asked[15], StringComparison.Ordinal);
        Assert.DoesNotContain("Unexplained differences", _asked[15], StringComparison.Ordinal);
        Assert.Contains(Slack.Thread(Channel, rootTs), m => m.AllText.Contains("heroku webhooks:update", StringComparison.Ordinal));
        Assert.DoesNotContain(Slack.Messages(), m => m.AllText.Contains("/hooks/heroku/demo-app", StringComparison.Ordinal));

        using var heroku = Heroku.CreateClient();
        Assert.Contains((await heroku.GetJsonAsync("apps/demo-app-ps/log-drains")).Body!.AsArray(),
            d => (string?)d!["url"] == "syslog+tls://logs.example-siem.com:6514");
        var people = (await heroku.GetJsonAsync("teams/apps/demo-app-ps/collaborators")).Body!.AsArray()
            .Where(c => (string?)c!["role"] != "admin")
            .ToDictionary(c => (string)c!["user"]!["email"]!, c => string.Join(",", c!["permissions"]!.AsArray().Select(p => (string)p!["name"]!)));
        Assert.Equal(new Dictionary<string, string> { ["auditor@partner.example.com"] = "view", ["oncall@acme.example.com"] = "operate,view" }, people);
        Assert.Equal("https://ci.acme.example.com/hooks/heroku/demo-app", (string?)(await heroku.GetJsonAsync("apps/demo-app-ps/webhooks")).Body![0]!["url"]);
        var coupling = (await heroku.GetJsonAsync("apps/demo-app-ps/pipeline-couplings")).Body!;
        Assert.Equal(("demo", "production"), ((string?)coupling["pipeline"]!["name"], (string?)coupling["stage"]));
        var couplings = (await heroku.GetJsonAsync($"pipelines/{(string)coupling["pipeline"]!["id"]!}/pipeline-couplings")).Body!.AsArray();
        Assert.Equal([(string)coupling["id"]!], couplings.Select(c => (string)c!["id"]!));
        Assert.Equal(HttpStatusCode.NotFound, (await heroku.GetJsonAsync("apps/demo-app")).Status);
    }

    /// <summary>Clicks Approve on the step's open request (a decided request has another title, so it is never clicked again).</summary>
    private async Task ApproveAsync(string rootTs, int number, string title, string approver, string? second = null, string expect = "succeeded") =>
        _asked.TryAdd(number, (await ApproveStepAsync(rootTs, number, title, approver, second, expect)).AllText);
}
