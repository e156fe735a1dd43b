using Cutover.Infrastructure.Audit;

namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// The typed commands about a run, sent as signed <c>/cutover</c> requests to the real host: what the sender is told
/// privately, what the run's thread shows, and what the run became.
/// </summary>
public sealed class SlackCommandTests : SlackHost
{
    /// <summary>Where the audit links point: a public name, as behind Heroku's router; the test fetches the same path from the host.</summary>
    private const string PublicUrl = "https://cutover.example.com";

    protected override CutoverTestHostBuilder Configure(CutoverTestHostBuilder host) =>
        host.WithSetting("CUTOVER_BASE_URL", PublicUrl).WithSetting("CUTOVER_LINK_SECRET", "test-link-secret-0123456789abcdef0123");

    [Fact]
    public async Task StatusAndList_AsTheRunMoves_ShowEachStepAndTheCurrentOnePrivately()
    {
        var (root, _) = await PlanDemoAppAsync();

        await Slack.SendCommandAsync(Bot, Bob, Channel, "status demo-app");
        var planned = await WaitForEphemeralAsync(Bob, "Run 1: demo-app → demo-space (in progress)");
        await Slack.SendCommandAsync(Bot, Bob, Channel, "list");
        var listed = await WaitForEphemeralAsync(Bob, "1 active run(s)");
        await Slack.SendCommandAsync(Bot, Bob, Channel, "status billing-worker");
        await WaitForEphemeralAsync(Bob, "billing-worker has no active run. Start one with `plan billing-worker to");
        await ApproveAsync(root.Ts, "Run step 0: Preflight and plan?", "✓ Step 0: Preflight and plan succeeded");
        await WaitForMessageAsync(root.Ts, "Run step 1: Maintenance page?");
        await Slack.SendCommandAsync(Bot, Bob, Channel, "status demo-app");
        var moved = await WaitForEphemeralAsync(Bob, "✓ 0 preflight — succeeded v1");
        await Slack.SendCommandAsync(Bot, Bob, Channel, "status");
        var all = await WaitForEphemeralAsync(Bob, "#1 demo-app → demo-space: step 1 maintenance-page awaiting approval");

        Assert.Contains("… 0 preflight — awaiting approval v1", planned.AllText, StringComparison.Ordinal);
        Assert.Contains("· 9 data-cutover (point of no return) — planned", planned.AllText, StringComparison.Ordinal);
        Assert.Contains("#1 demo-app → demo-space: step 0 preflight awaiting approval", listed.AllText, StringComparison.Ordinal);
        Assert.Contains("… 1 maintenance-page — awaiting approval v1", moved.AllText, StringComparison.Ordinal);
        Assert.Contains("1 active run(s)", all.AllText, StringComparison.Ordinal);
        // Status and list are for the sender only: the thread holds the plan, the requests and the outcome, nothing more.
        Assert.DoesNotContain(Slack.Thread(Channel, root.Ts), m => m.AllText.Contains("active run", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_OfTheRun_ShowsWhoDidWhatPrivatelyWithPeopleAsMentions()
    {
        var (root, _) = await PlanDemoAppAsync();
        await ApproveAsync(root.Ts, "Run step 0: Preflight and plan?", "✓ Step 0: Preflight and plan succeeded");

        await Slack.SendCommandAsync(Bot, Bob, Channel, "audit 1");
        var audit = await WaitForEphemeralAsync(Bob, "Audit of run 1 (demo-app → demo-space) — page 1 of 1");
        await Slack.SendCommandAsync(Bot, Bob, Channel, "audit 1 2");
        await WaitForEphemeralAsync(Bob, "Run 1's audit has 1 page");
        await Slack.SendCommandAsync(Bot, Bob, Channel, "audit 7");
        await WaitForEphemeralAsync(Bob, "There is no run 7");

        Assert.Contains($"<@{Requester}> · run.planned", audit.AllText, StringComparison.Ordinal);
        Assert.Contains($"<@{Alice}> · step.approval-recorded · preflight v1", audit.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("slack:", audit.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(Slack.Thread(Channel, root.Ts), m => m.AllText.Contains("Audit of run", StringComparison.Ordinal));

        // The signed links download the whole trail with no session; a changed or expired link is refused.
        using var http = new HttpClient();
        var csvLink = Link(audit.AllText, "audit/1.csv");
        using var csv = await http.GetAsync(csvLink);
        Assert.Equal((HttpStatusCode.OK, "text/csv"), (csv.StatusCode, csv.Content.Headers.ContentType?.MediaType));
        var rows = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("at,actor,action,step,version,before,after,detail", rows[0]);
        Assert.Contains(rows, r => r.Contains($",slack:{Alice},step.approval-recorded,preflight,1,", StringComparison.Ordinal));
        using var json = await http.GetAsync(Link(audit.AllText, "audit/1.json"));
        Assert.Equal(rows.Length - 1, JsonNode.Parse(await json.Content.ReadAsStringAsync())!.AsArray().Count);
        using var otherRun = await http.GetAsync(new Uri(csvLink.ToString().Replace("audit/1.csv", "audit/2.csv", StringComparison.Ordinal)));
        Assert.Equal(HttpStatusCode.Forbidden, otherRun.StatusCode);
        using var unsigned = await http.GetAsync(new Uri(Bot, "audit/1.csv"));
        Assert.Equal(HttpStatusCode.Forbidden, unsigned.StatusCode);
        var expired = App.Services.GetRequiredService<SignedAuditLinks>().Link(1, "csv", DateTimeOffset.UtcNow.AddMinutes(-1));
        using var late = await http.GetAsync(new Uri(Bot, expired.PathAndQuery));
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
        Assert.Contains("expired", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    /// <summary>The link in <paramref name="text"/> (Slack mrkdwn) to <paramref name="path"/>, pointed at the host under test.</summary>
    private Uri Link(string text, string path)
    {
        var start = text.IndexOf($"{PublicUrl}/{path}", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no link to {path} in: {text}");
        var end = text.IndexOfAny([' ', '\n', '>', '|'], start);
        var link = new Uri(WebUtility.HtmlDecode(text[start..(end < 0 ? text.Length : end)]));
        return new Uri(Bot, link.PathAndQuery);
    }

    [Fact]
    public async Task Plan_AppWithAnOpenRun_IsRefusedNamingTheRunAndNothingIsPlanned()
    {
        var (root, _) = await PlanDemoAppAsync();

        await Slack.SendCommandAsync(Bot, Alice, Channel, "plan demo-app to demo-space");
        var refusal = await WaitForEphemeralAsync(Alice, "demo-app already has run 1");

        Assert.Contains("Finish it or `abort 1` before planning another.", refusal.AllText, StringComparison.Ordinal);
        Assert.Single(Slack.RootMessages(Channel));
        var run = await App.Services.GetRequiredService<IRunStore>().FindActiveAsync("demo-app", CancellationToken.None);
        Assert.Equal((1L, "demo-space"), (run!.Id, run.TargetSpace));
        Assert.Null(await App.Services.GetRequiredService<IRunStore>().GetAsync(2, CancellationToken.None));
        Assert.Single(Slack.Thread(Channel, root.Ts), m => m.AllText.Contains("Run step 0: Preflight and plan?", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Abort_ByTheRequester_EndsTheRunRefusesItsButtonsAndFreesTheApp()
    {
        var (root, request) = await PlanDemoAppAsync();

        await Slack.SendCommandAsync(Bot, Outsider, Channel, "abort 1 not mine");
        await WaitForEphemeralAsync(Outsider, "Only the requester or an approver of run 1 can abort it.");
        await Slack.SendCommandAsync(Bot, Requester, Channel, "abort 1 wrong target space");
        var ended = await WaitForMessageAsync(root.Ts, "Run 1 aborted");
        await Slack.ClickAsync(Bot, Alice, request, ActionIds.ApproveStep);
        await WaitForEphemeralAsync(Alice, "Run 1 is aborted; nothing more can happen in it.");
        await Slack.SendCommandAsync(Bot, Requester, Channel, "abort 1");
        await WaitForEphemeralAsync(Requester, "Run 1 is already aborted.");
        await Slack.SendCommandAsync(Bot, Requester, Channel, "list");
        await WaitForEphemeralAsync(Requester, "No active runs");

        Assert.Equal(root.Ts, ended.ThreadTs);
        var run = (await App.Services.GetRequiredService<IRunStore>().GetAsync(1, CancellationToken.None))!;
        Assert.Equal(RunState.Aborted, run.State);
        Assert.Equal((StepState.Aborted, "wrong target space"), (run.FindStep("preflight")!.State, run.FindStep("preflight")!.Outcome));
        // The app is free again: a new plan opens run 2 in a thread of its own.
        await Slack.SendCommandAsync(Bot, Requester, Channel, "plan demo-app to demo-space");
        var second = await Slack.WaitForAsync(s => s.RootMessages(Channel) is { Count: > 1 } roots ? roots[1] : null, TimeSpan.FromSeconds(30));
        await WaitForMessageAsync(second.Ts, "Run step 0: Preflight and plan?", m => m.AllText.Contains("2 (demo-app → demo-space)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TypedApproveAndReject_DecideTheCurrentVersionAndTheThreadShowsIt()
    {
        var (root, request) = await PlanDemoAppAsync();

        await Slack.SendCommandAsync(Bot, Alice, Channel, "approve 1 preflight");
        await WaitForMessageAsync(root.Ts, "✓ Step 0: Preflight and plan succeeded");
        var asked = await WaitForMessageAsync(root.Ts, "Run step 1: Maintenance page?");
        await Slack.SendCommandAsync(Bot, Bob, Channel, "reject 1 maintenance-page");
        await WaitForEphemeralAsync(Bob, "A rejection needs a reason: `reject 1 maintenance-page");
        await Slack.SendCommandAsync(Bot, Bob, Channel, "reject 1 maintenance-page not during the sale");
        var rejected = await Slack.WaitForAsync(s => s.Message(Channel, asked.Ts) is { } m && m.AllText.Contains("Step 1: Maintenance page — rejected", StringComparison.Ordinal) ? m : null,
            TimeSpan.FromSeconds(30));
        await Slack.SendCommandAsync(Bot, Alice, Channel, "approve 1 maintenance-page");
        await WaitForEphemeralAsync(Alice, "Cannot approve this step: the step was rejected (retry or skip it).");

        Assert.Contains("approved", Slack.Message(Channel, request.Ts)!.AllText, StringComparison.Ordinal);
        Assert.Empty(Slack.Message(Channel, request.Ts)!.ActionIds);
        Assert.Contains("not during the sale", rejected.AllText, StringComparison.Ordinal);
        Assert.Empty(rejected.ActionIds);
        var run = (await App.Services.GetRequiredService<IRunStore>().GetAsync(1, CancellationToken.None))!;
        Assert.Equal(StepState.Succeeded, run.FindStep("preflight")!.State);
        Assert.Equal((StepState.Rejected, 1, "not during the sale"),
            (run.FindStep("maintenance-page")!.State, run.FindStep("maintenance-page")!.Version, run.FindStep("maintenance-page")!.Outcome));
        Assert.DoesNotContain(Slack.Thread(Channel, root.Ts), m => m.AllText.Contains("Step 1: Maintenance page succeeded", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Waive_ByAnApprover_IsRecordedForTheRunAndRefusedToOthers()
    {
        await PlanDemoAppAsync();

        await Slack.SendCommandAsync(Bot, Outsider, Channel, "waive 1 trust me");
        await WaitForEphemeralAsync(Outsider, "Only an approver of run 1 can waive the DNS check.");
        await Slack.SendCommandAsync(Bot, Alice, Channel, "waive 1");
        await WaitForEphemeralAsync(Alice, "A waiver needs a reason: `waive 1");
        await Slack.SendCommandAsync(Bot, Alice, Channel, "waive 1 the demo domains are served by another provider");
        var recorded = await WaitForEphemeralAsync(Alice, "Waiver recorded");

        Assert.Contains("DNS check waived for run 1: the demo domains are served by another provider", recorded.AllText, StringComparison.Ordinal);
        var waiver = await App.Services.GetRequiredService<IRunFacts>().GetAsync(1, DnsFacts.Waiver, CancellationToken.None);
        Assert.EndsWith(": the demo domains are served by another provider", waiver, StringComparison.Ordinal);
        var audit = await App.Services.GetRequiredService<IAuditLog>().ReadAsync(1, CancellationToken.None);
        Assert.Single(audit, e => e is { Action: "run.dns-check-waived", Actor: "slack:" + Alice, Detail: "the demo domains are served by another provider" });
        Assert.Contains(audit, e => e is { Action: "run.command-refused", Actor: "slack:" + Outsider } && e.Detail!.StartsWith("waive: ", StringComparison.Ordinal));
    }
}
