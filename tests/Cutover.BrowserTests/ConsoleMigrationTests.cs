using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cutover.Core.Runbook;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Cutover.BrowserTests;

/// <summary>
/// A newcomer's first migration, in Chromium against the real host in sandbox mode: plan demo-app with a cutover time,
/// see the four-eyes rule refuse the requester's own approval, approve every step as the right people, move the clock
/// to see an approval reminder, a DNS TTL reminder, the TTL gate and a health report, and finish with demo-app running
/// in demo-space and its domains pointing there — screenshots along the way.
/// </summary>
public sealed partial class ConsoleMigrationTests(Chromium chromium, ITestOutputHelper output) : IClassFixture<Chromium>, IAsyncLifetime
{
    /// <summary>
    /// Steps the demo leaves out: the monitoring window (a day of reports; the first one is read on the way) and
    /// decommission (it needs the old databases removed first).
    /// </summary>
    private static readonly HashSet<string> Skipped = ["monitor", "decommission"];

    private SandboxHost _host = null!;
    private IBrowserContext _context = null!;
    private ConsolePage _console = null!;

    public async Task InitializeAsync()
    {
        _host = await SandboxHost.StartAsync();
        _context = await chromium.Browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 1000 } });
        var page = await _context.NewPageAsync();
        page.SetDefaultTimeout(Chromium.PageTimeout);
        _console = new ConsolePage(page);
    }

    public async Task DisposeAsync()
    {
        await _context.DisposeAsync();
        _host.Dispose();
    }

    [Fact]
    public async Task DemoApp_PlannedApprovedAndTimeMovedInTheBrowser_EndsRunningInTheSpace()
    {
        await GuardAsync("migration", async () =>
        {
            await _console.OpenAsync(_host.Url);
            await _console.ActAsAsync("dana");
            var cutover = (await SandboxNowAsync()).AddHours(72).AddMinutes(30);
            await _console.TypeAsync($"/cutover plan demo-app to demo-space at {cutover.UtcDateTime:yyyy-MM-ddTHH:mmZ}");
            await Expect(_console.Message("Cutover plan: demo-app → demo-space")).ToBeVisibleAsync();
            var preflight = _console.Message("Run step 0: Preflight and plan?");
            await Expect(preflight).ToBeVisibleAsync();
            await _console.ShotAsync("01-plan-and-first-request");

            // The four-eyes rule: dana planned the run, so dana's approval is refused, privately.
            await preflight.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            var refusal = _console.Reply("cannot approve its steps");
            await Expect(refusal).ToBeVisibleAsync();
            await _console.ShotAsync("02-self-approval-refused");

            await _console.ActAsAsync("alice");
            await Expect(refusal).ToBeHiddenAsync();
            await _console.ClickAsync("×60");
            await Expect(_console.Page.Locator("#clock-rate")).ToHaveTextAsync("×60");

            await ApproveUntilCompletedAsync();
            await Expect(_console.Message("Run 1 completed: demo-app now runs in demo-space")).ToBeVisibleAsync();
            var target = _console.Page.Locator("#heroku details[data-app='demo-app-ps']");
            await Expect(target.Locator("summary")).ToContainTextAsync("in demo-space");
            await Expect(target).ToContainTextAsync("www.demo-app.example.com");
            var record = _console.Page.Locator("#dns tr[data-record='www.demo-app.example.com']");
            await Expect(record).ToContainTextAsync(await TargetDnsAsync("www.demo-app.example.com"));
            await Expect(record).ToContainTextAsync("3600 s");
            await Expect(_console.Page.Locator("#heroku details[data-app='demo-app'] summary")).ToContainTextAsync("maintenance on");
            await _console.ShotAsync("06-migrated");

            // After the run, the jump still moves the clock to the next firing (the monitoring series of a finished run posts nothing).
            await _console.ClickAsync("Next scheduled job");
            await Expect(_console.Page.Locator("#time-status")).ToContainTextAsync("Moved to", new() { Timeout = 60_000 });
            await _console.ShotAsync("07-next-scheduled-job");

            await _console.Page.GetByRole(AriaRole.Button, new() { Name = "Audit run 1" }).ClickAsync();
            var audit = _console.Page.GetByRole(AriaRole.Table, new() { Name = "Audit of run 1" });
            await Expect(audit).ToContainTextAsync("PATCH /apps/demo-app/config-vars");
            await Expect(audit).ToContainTextAsync("step.approval-recorded");
            await Expect(audit).ToContainTextAsync("POST /teams/apps");
            await Expect(audit).ToContainTextAsync("PATCH /client/v4/zones/");
            await _console.ShotAsync("08-audit", _console.Page.Locator("aside.side"));
        });
    }

    [Fact]
    public async Task Reject_AsAnApprover_AsksForAReasonAndThreadShowsIt()
    {
        await GuardAsync("reject", async () =>
        {
            await _console.OpenAsync(_host.Url);
            await _console.ActAsAsync("dana");
            await _console.TypeAsync("/cutover plan demo-app to demo-space");
            var preflight = _console.Message("Run step 0: Preflight and plan?");
            await _console.ActAsAsync("bob");

            await preflight.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
            var dialog = _console.Page.GetByRole(AriaRole.Dialog, new() { Name = "Reject this step?" });
            await Expect(dialog).ToBeVisibleAsync();
            await dialog.GetByLabel("Why").FillAsync("The freeze is on until Monday.");
            await _console.ShotAsync("10-reject-reason");
            await dialog.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();

            var decided = _console.Message("Step 0: Preflight and plan — rejected");
            await Expect(decided).ToContainTextAsync("rejected by bob");
            await Expect(decided).ToContainTextAsync("The freeze is on until Monday.");
            await Expect(decided.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
            await _console.ShotAsync("11-rejected");
        });
    }

    [Fact]
    public async Task Command_WhileCutoverHandlesIt_BoxClearsAndTheSenderSeesItIsBeingHandled()
    {
        await GuardAsync("sending", async () =>
        {
            await _console.OpenAsync(_host.Url);
            await _console.ActAsAsync("alice");
            // Hold the command's answer until the page has been looked at, however fast the sandbox is.
            var held = new TaskCompletionSource();
            await _console.Page.RouteAsync("**/api/sandbox/command", async route =>
            {
                await held.Task;
                await route.ContinueAsync();
            });

            await _console.CommandBox.FillAsync("/cutover list");
            await _console.CommandBox.PressAsync("Enter");

            await Expect(_console.CommandBox).ToHaveValueAsync(string.Empty);
            await Expect(_console.Sending).ToContainTextAsync("/cutover list");
            await Expect(_console.Sending.GetByRole(AriaRole.Status)).ToHaveTextAsync("Cutover is handling it…");
            await _console.ShotAsync("12-command-being-handled");
            await _console.ActAsAsync("bob");
            await Expect(_console.Sending).ToBeHiddenAsync();
            await _console.ActAsAsync("alice");

            held.SetResult();
            await Expect(_console.Sending).ToHaveCountAsync(0);
            await Expect(_console.Page.Locator(".ephemeral")).ToContainTextAsync("No active runs");
        });
    }

    /// <summary>
    /// Answers each open approval request in turn: the skipped steps are skipped by command, destructive steps get a
    /// second approval from bob (after confirming), everything else is approved by alice. On the way: once step 1 waits,
    /// four hours pass, the approvers are reminded and the T−72h DNS TTL reminder arrives; the cutover's approval is
    /// refused until the lowered TTL's old value (an hour) has passed; after go-live the first health report is read.
    /// </summary>
    private async Task ApproveUntilCompletedAsync()
    {
        var page = _console.Page;
        var answered = new HashSet<string>();
        var reminded = false;
        var gated = false;
        var reported = false;
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (await page.GetByText("Run 1 completed").CountAsync() == 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The migration did not finish in time.");
            if (await page.Locator("article.msg h3", new() { HasText = "✗ Step" }).CountAsync() > 0)
                Assert.Fail($"A step failed: {await page.Locator("article.msg", new() { HasText = "✗ Step" }).Last.InnerTextAsync()}");
            if (await page.Locator(".ephemeral:visible").Filter(new() { HasText = "Nothing was changed" }).Filter(new() { HasNotText = "DNS is not ready" }).CountAsync() > 0)
                Assert.Fail($"A click was refused: {await page.Locator(".ephemeral:visible").Last.InnerTextAsync()}");

            // One snapshot of the open requests: a request answered meanwhile loses its buttons, and a locator by
            // position would then wait for an element that is no longer there.
            var open = await _console.OpenRequests.EvaluateAllAsync<string[]>("els => els.map(e => `${e.id}@${e.dataset.revision}`)");
            var key = open.Length == 0 ? null : open[^1];
            if (key is null || !answered.Add(key))
            {
                await Task.Delay(150);
                continue;
            }

            var request = page.Locator($"#{key.Split('@')[0]}");

            var title = await request.Locator("h3").InnerTextAsync();
            var match = RequestTitle().Match(title);
            Assert.True(match.Success, $"Not an approval request: {title}");
            var step = RunbookCatalog.Steps[int.Parse(match.Groups["number"].Value, System.Globalization.CultureInfo.InvariantCulture)];
            var skipping = match.Groups["verb"].Value == "Skip";
            output.WriteLine($"{DateTime.UtcNow:HH:mm:ss.fff} {title} (revision {key})");

            if (step.Id == "maintenance-page" && !reminded)
            {
                await _console.ClickAsync("+4 h");
                await Expect(_console.Message("⏰ Step 1: Maintenance page has waited 4 h for approval")).ToBeVisibleAsync();
                var ttlReminder = _console.Message("DNS TTL reminder T-72h");
                await Expect(ttlReminder).ToContainTextAsync("www.demo-app.example.com: TTL 3600 s — approving step 2 (dns-ttl) lowers it to 60 s through Cloudflare.");
                await _console.ShotAsync("03-reminders-after-four-hours");
                reminded = true;
            }

            if (step.Id == "maintenance-on" && !gated)
            {
                // Step 2 lowered the TTLs a moment ago: resolvers may still hold the old answers for an hour.
                await _console.ActAsAsync("alice");
                await request.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
                await Expect(_console.Reply("DNS is not ready for the cutover")).ToBeVisibleAsync();
                await _console.ShotAsync("04-ttl-gate");
                await _console.ClickAsync("+4 h");
                await Expect(page.Locator("#time-status")).ToContainTextAsync("Moved to", new() { Timeout = 60_000 });
                gated = true;
            }

            if (step.Id == "monitor" && !skipping && !reported)
            {
                // After go-live the monitoring series is Quartz's next firing: jump to it and read the first health report.
                await _console.ClickAsync("Next scheduled job");
                await Expect(_console.Message("Health report 1/96 for demo-app-ps")).ToBeVisibleAsync(new() { Timeout = 60_000 });
                // The report's chart is drawn in the console too, with its figures as alt text.
                var chart = _console.Message("Health report 1/96 for demo-app-ps").Locator("img.chart");
                await Expect(chart).ToBeVisibleAsync();
                Assert.Equal(800, await chart.EvaluateAsync<int>("image => image.naturalWidth"));
                Assert.StartsWith("demo-app-ps, 1 report(s): latest", await chart.GetAttributeAsync("alt"), StringComparison.Ordinal);
                await _console.ShotAsync("05-health-report");
                reported = true;
            }

            if (!skipping && Skipped.Contains(step.Id))
            {
                await _console.ActAsAsync("alice");
                await _console.TypeAsync($"/cutover skip 1 {step.Id} not part of the demo");
                continue;
            }

            // Destructive steps need two approvers, to run them and to skip them.
            var second = step.Destructive && await request.GetAttributeAsync("data-revision") != "1";
            await _console.ActAsAsync(second ? "bob" : "alice");
            await request.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            if (step.Destructive && !skipping)
            {
                var confirm = page.GetByRole(AriaRole.Dialog);
                await Expect(confirm).ToBeVisibleAsync();
                await confirm.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
            }
        }
    }

    /// <summary>The Heroku DNS target the simulated account gives <paramref name="hostname"/> on the migrated app.</summary>
    private async Task<string> TargetDnsAsync(string hostname)
    {
        using var http = new HttpClient { BaseAddress = _host.Url };
        var state = await http.GetFromJsonAsync<JsonObject>("api/sandbox/heroku");
        var app = state!["apps"]!.AsArray().Single(a => a!["name"]!.GetValue<string>() == "demo-app-ps")!;
        var domain = app["domains"]!.AsArray().Select(d => d!.GetValue<string>()).Single(d => d.StartsWith(hostname + " ", StringComparison.Ordinal));
        return domain.Split(" → ", 2)[1];
    }

    /// <summary>The sandbox clock's time now.</summary>
    private async Task<DateTimeOffset> SandboxNowAsync()
    {
        using var http = new HttpClient { BaseAddress = _host.Url };
        var time = await http.GetFromJsonAsync<JsonObject>("api/sandbox/time");
        return time!["now"]!.GetValue<DateTimeOffset>();
    }

    private async Task GuardAsync(string name, Func<Task> scenario)
    {
        try
        {
            await scenario();
        }
        catch
        {
            await _console.ShotAsync($"{name}-failure");
            output.WriteLine(_host.Output);
            throw;
        }
    }

    [GeneratedRegex(@"^(?<verb>Run|Skip) step (?<number>\d+): ", RegexOptions.CultureInvariant)]
    private static partial Regex RequestTitle();
}
