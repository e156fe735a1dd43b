namespace Cutover.IntegrationTests.Scenarios;

/// <summary>Cutover driven purely through signed Slack requests against the real host, the fake Slack and the simulator.</summary>
public sealed class SlackScenarioTests(ITestOutputHelper output) : SlackHost
{
    [Fact]
    public async Task PlanCommand_PostsThePlanAsThreadRootAndAsksForPreflightApprovalInTheThread()
    {
        var response = await Slack.SendCommandAsync(Bot, Requester, Channel, "plan demo-app to demo-space");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var root = await RootAsync();
        Assert.Contains("Cutover plan: demo-app → demo-space", root.AllText, StringComparison.Ordinal);
        var request = await WaitForMessageAsync(root.Ts, "Run step 0: Preflight and plan?");
        Assert.Equal([ActionIds.ApproveStep, ActionIds.RejectStep], request.ActionIds);
        Assert.Contains("Approving acknowledges these warnings", request.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Clicks_SelfApprovalNonApproverStaleAndDoubleClick_AreRefusedOrCountedOnce()
    {
        var (root, request) = await PlanDemoAppAsync();

        await Slack.ClickAsync(Bot, Requester, request, ActionIds.ApproveStep);
        await WaitForEphemeralAsync(Requester, "cannot approve its steps");
        await Slack.ClickAsync(Bot, Outsider, request, ActionIds.ApproveStep);
        await WaitForEphemeralAsync(Outsider, "not an approver");

        var first = Slack.ClickAsync(Bot, Alice, request, ActionIds.ApproveStep);
        var second = Slack.ClickAsync(Bot, Alice, request, ActionIds.ApproveStep);
        Assert.All(await Task.WhenAll(first, second), r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var outcome = await WaitForMessageAsync(root.Ts, "✓ Step 0: Preflight and plan succeeded");
        Assert.Contains("demo-app-ps", outcome.AllText, StringComparison.Ordinal);
        await WaitForMessageAsync(root.Ts, "Run step 1: Maintenance page?");

        // The old request now shows who approved; clicking it again (a stale view) changes nothing.
        var decided = Slack.Message(Channel, request.Ts)!;
        Assert.Contains($"approved by <@{Alice}>", decided.AllText, StringComparison.Ordinal);
        Assert.Empty(decided.ActionIds);
        await Slack.ClickAsync(Bot, Bob, request, ActionIds.ApproveStep);
        await WaitForEphemeralAsync(Bob, "already succeeded");
        // Alice's own click seen again (as when Slack redelivers it after a crash) is answered as already applied.
        await Slack.ClickAsync(Bot, Alice, request, ActionIds.ApproveStep);
        await WaitForEphemeralAsync(Alice, "Your approval of step 0 (preflight) v1 was already applied at");
        await Slack.SendCommandAsync(Bot, Outsider, Channel, "skip 1 maintenance-page");
        await WaitForEphemeralAsync(Outsider, "Only the requester or an approver of run 1 can skip a step");
        output.WriteLine(Slack.Describe());

        // Every refused attempt is in the audit: who tried, what, and why it was refused.
        var audit = await App.Services.GetRequiredService<IAuditLog>().ReadAsync(1, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "step.approval-refused", Actor: "slack:" + Requester, StepId: "preflight", StepVersion: 1 }
                                    && e.Detail!.Contains("cannot approve its steps", StringComparison.Ordinal));
        Assert.Contains(audit, e => e is { Action: "step.approval-refused", Actor: "slack:" + Outsider } && e.Detail!.StartsWith("not an approver:", StringComparison.Ordinal));
        Assert.Contains(audit, e => e is { Action: "step.approval-refused", Actor: "slack:" + Bob } && e.Detail!.Contains("already succeeded", StringComparison.Ordinal));
        Assert.Contains(audit, e => e is { Action: "run.command-refused", Actor: "slack:" + Outsider } && e.Detail!.StartsWith("skip maintenance-page: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Pause_ByAnApprover_RefusesApprovalsNamingItUntilResumeThenTheStepRuns()
    {
        var (root, request) = await PlanDemoAppAsync();

        await Slack.SendCommandAsync(Bot, Outsider, Channel, "pause nobody asked me");
        await WaitForEphemeralAsync(Outsider, "Only an approver can pause Cutover");
        await Slack.SendCommandAsync(Bot, Bob, Channel, "pause incident 4121: database failover");
        await WaitForEphemeralAsync(Bob, $"Paused by <@{Bob}>: incident 4121: database failover");
        var notice = await WaitForMessageAsync(root.Ts, "Cutover is paused");
        await Slack.ClickAsync(Bot, Alice, request, ActionIds.ApproveStep);
        await WaitForEphemeralAsync(Alice, $"Cutover is paused by <@{Bob}>");
        await Slack.SendCommandAsync(Bot, Alice, Channel, "pause me too");
        await WaitForEphemeralAsync(Alice, $"already paused by <@{Bob}>");

        await Slack.SendCommandAsync(Bot, Alice, Channel, "resume");
        await WaitForMessageAsync(root.Ts, "Cutover resumed");
        // Alice clicks the same button again: a new click, not a redelivery of the refused one, so it is answered.
        await Slack.ClickAsync(Bot, Alice, request, ActionIds.ApproveStep);
        await WaitForMessageAsync(root.Ts, "✓ Step 0: Preflight and plan succeeded");

        Assert.Contains("No step is approved or started", notice.AllText, StringComparison.Ordinal);
        var audit = await App.Services.GetRequiredService<IAuditLog>().ReadAsync(1, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "cutover.paused" && e.Actor == "slack:" + Bob && e.Detail == "incident 4121: database failover");
        Assert.Contains(audit, e => e.Action == "cutover.resumed" && e.Actor == "slack:" + Alice);
    }

    [Fact]
    public async Task Pause_StepApprovedAsItBegan_IsHeldBackThenStartsOnResume()
    {
        var (root, _) = await PlanDemoAppAsync();
        await Slack.SendCommandAsync(Bot, Bob, Channel, "pause freeze until the incident review");
        await WaitForMessageAsync(root.Ts, "Cutover is paused");

        // An approval that raced the pause: recorded and its execution scheduled, as an approval click does.
        var store = App.Services.GetRequiredService<IRunStore>();
        var policy = App.Services.GetRequiredService<ApprovalPolicy>();
        var approved = await store.UpdateAsync(1, run => run.Approve("preflight", 1, new Actor("slack:" + Alice, IsApprover: true), policy, DateTimeOffset.UtcNow),
            CancellationToken.None);
        await App.Services.GetRequiredService<IRunScheduler>().ScheduleStepExecutionAsync(1, CancellationToken.None);
        // The one-shot execution job is gone once it has run (and, paused, held the step back).
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await Slack.WaitForAsync(_ => scheduler.GetJobDetail(StepExecutionJob.KeyFor(1)).AsTask().GetAwaiter().GetResult() is null, TimeSpan.FromSeconds(30));
        var held = (await store.GetAsync(1, CancellationToken.None))!.FindStep("preflight")!.State;
        await Slack.SendCommandAsync(Bot, Bob, Channel, "resume");
        await WaitForMessageAsync(root.Ts, "✓ Step 0: Preflight and plan succeeded");

        Assert.False(approved.IsRefused);
        Assert.Equal(StepState.Approved, held);
    }

    [Fact]
    public async Task Reject_OpensTheReasonModalAndTheSubmittedReasonStopsTheStep()
    {
        var (root, request) = await PlanDemoAppAsync();

        await Slack.ClickAsync(Bot, Alice, request, ActionIds.RejectStep);
        var view = await Slack.WaitForAsync(s => s.Views() is { Count: > 0 } views ? views[0] : null, TimeSpan.FromSeconds(10));
        var blank = await Slack.SubmitRejectReasonAsync(Bot, Alice, view, "   ");
        Assert.Contains("errors", await blank.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await Slack.SubmitRejectReasonAsync(Bot, Alice, view, "not during the sale");

        var decided = await Slack.WaitForAsync(s => s.Message(Channel, request.Ts) is { } m && m.AllText.Contains($"rejected by <@{Alice}>", StringComparison.Ordinal) ? m : null,
            TimeSpan.FromSeconds(30));
        Assert.Contains("not during the sale", decided.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reject_ViewsOpenFails_AcknowledgedAndTheReasonIsAskedForInTheThread()
    {
        var (root, request) = await PlanDemoAppAsync();
        Slack.FailNext("views.open", "expired_trigger_id");

        var click = await Slack.ClickAsync(Bot, Alice, request, ActionIds.RejectStep);

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var ask = await WaitForEphemeralAsync(Alice, "Reject with the reason as a command: `reject 1 preflight");
        Assert.Equal(root.Ts, ask.ThreadTs);
        Assert.Empty(Slack.Views());
        await Slack.SendCommandAsync(Bot, Alice, Channel, "reject 1 preflight not during the sale");
        await WaitForMessageAsync(root.Ts, $"rejected by <@{Alice}>");
    }

    [Fact]
    public async Task Reject_ViewsOpenSlowerThanTheAck_AcknowledgedWithoutWaitingForIt()
    {
        var (root, request) = await PlanDemoAppAsync();
        // Slack rate-limits views.open for 5 s: a client that waited for the retry would miss Slack's 3 s.
        Slack.RateLimitNext(1, TimeSpan.FromSeconds(5), "views.open");

        var click = await Slack.ClickAsync(Bot, Alice, request, ActionIds.RejectStep);
        var callsAtAck = Slack.CallCount("views.open");

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        Assert.Equal(1, callsAtAck);
        await WaitForEphemeralAsync(Alice, "Reject with the reason as a command: `reject 1 preflight");
        await Slack.SendCommandAsync(Bot, Alice, Channel, "reject 1 preflight not during the sale");
        await WaitForMessageAsync(root.Ts, $"rejected by <@{Alice}>");
    }

    [Fact]
    public async Task Decisions_FromAnotherRunsThreadOrAnotherChannel_AreRefusedAndAudited()
    {
        const string Elsewhere = "C0ELSEWHERE";
        Slack.AddChannel(Elsewhere, "random");
        var (first, firstRequest) = await PlanDemoAppAsync();
        await Slack.SendCommandAsync(Bot, Requester, Channel, "plan billing-worker to demo-space");
        var second = await Slack.WaitForAsync(s => s.RootMessages(Channel) is { Count: > 1 } roots ? roots[1] : null, TimeSpan.FromSeconds(30));
        var secondRequest = await WaitForMessageAsync(second.Ts, "Run step 0: Preflight and plan?");

        // Run 2's button value, clicked on run 1's message: the value names run 2, the message belongs to run 1.
        await Slack.ClickAsync(Bot, Alice, secondRequest with { Ts = firstRequest.Ts, ThreadTs = first.Ts }, ActionIds.ApproveStep);
        await WaitForEphemeralAsync(Alice, "not in run 2's thread");
        await Slack.SendCommandAsync(Bot, Alice, Elsewhere, "approve 2 preflight");
        await WaitForEphemeralAsync(Alice, "Run 2's thread is in another channel");
        await Slack.SendCommandAsync(Bot, Alice, Elsewhere, "abort 2 wrong channel");
        await Slack.WaitForAsync(s => s.Ephemerals(Alice).Count(e => e.Text.Contains("Run 2's thread is in another channel", StringComparison.Ordinal)) == 2,
            TimeSpan.FromSeconds(30));

        var store = App.Services.GetRequiredService<IRunStore>();
        Assert.Equal(StepState.AwaitingApproval, (await store.GetAsync(2, CancellationToken.None))!.FindStep("preflight")!.State);
        Assert.True((await store.GetAsync(2, CancellationToken.None))!.IsActive);
        var audit = await App.Services.GetRequiredService<IAuditLog>().ReadAsync(2, CancellationToken.None);
        Assert.Equal(3, audit.Count(e => e is { Action: "run.command-refused", Actor: "slack:" + Alice }));
        // In the run's own thread the same button works.
        await Slack.ClickAsync(Bot, Alice, secondRequest, ActionIds.ApproveStep);
        await WaitForMessageAsync(second.Ts, "✓ Step 0: Preflight and plan succeeded");
    }

    [Fact]
    public async Task Command_RedeliveredThreeTimes_HasOneEffect()
    {
        await Slack.SendCommandAsync(Bot, Requester, Channel, "plan demo-app to demo-space");
        var delivery = Slack.Deliveries().Single();
        for (var retry = 1; retry <= 3; retry++)
            Assert.Equal(HttpStatusCode.OK, (await Slack.RedeliverAsync(delivery, retry)).StatusCode);

        var root = await RootAsync();
        await WaitForMessageAsync(root.Ts, "Run step 0: Preflight and plan?");
        await Task.Delay(500);
        Assert.Single(Slack.RootMessages(Channel));
        Assert.Empty(Slack.Ephemerals(Requester));
    }

    [Fact]
    public async Task BadRequests_UnsignedTamperedAndMalformed_AreRefusedWithoutEffect()
    {
        using var http = new HttpClient();
        var unsigned = await http.PostAsync(new Uri(Bot, "slack/commands"), new StringContent("text=plan", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);

        // A blank user id names nobody: refused like a missing one, never acknowledged and then dropped.
        var blank = await Slack.SendCommandAsync(Bot, "  ", Channel, "help");
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);

        var help = await Slack.SendCommandAsync(Bot, Requester, Channel, "halp");
        Assert.Equal(HttpStatusCode.OK, help.StatusCode);
        var reply = await WaitForEphemeralAsync(Requester, "did you mean `help`");
        Assert.Equal(Channel, reply.Channel);
        Assert.Empty(Slack.RootMessages(Channel));
    }

    [Fact]
    public async Task TeamsActivity_OnASlackOnlyHost_IsNotServedAndChangesNothing()
    {
        var (root, _) = await PlanDemoAppAsync();

        // From loopback, unauthenticated, claiming to be a Slack approver: what a proxy on the same host would forward.
        using var client = new HttpClient { BaseAddress = Bot };
        var statuses = new List<HttpStatusCode>();
        foreach (var text in new[] { "approve 1 preflight", "pause x" })
        {
            var activity = new JsonObject
            {
                ["type"] = "message",
                ["id"] = $"forged-{statuses.Count}",
                ["channelId"] = "msteams",
                ["serviceUrl"] = "http://127.0.0.1:9/",
                ["from"] = new JsonObject { ["id"] = Alice },
                ["conversation"] = new JsonObject { ["id"] = "19:forged@thread.tacv2" },
                ["text"] = text,
            }.ToJsonString();
            using var response = await FakeBotFrameworkIssuer.SendActivityAsync(client, activity, token: null);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.NotFound, s));
        var run = await App.Services.GetRequiredService<IRunStore>().GetAsync(1, CancellationToken.None);
        Assert.Equal(StepState.AwaitingApproval, run!.FindStep("preflight")!.State);
        Assert.Null(await App.Services.GetRequiredService<IPauseLock>().CurrentAsync(CancellationToken.None));
    }

    [Fact]
    public async Task RateLimitedBySlack_ThePlanIsStillPostedOnce()
    {
        Slack.RateLimitNext(2, TimeSpan.FromSeconds(1), "chat.postMessage");

        await Slack.SendCommandAsync(Bot, Requester, Channel, "plan demo-app to demo-space");

        var root = await RootAsync();
        await WaitForMessageAsync(root.Ts, "Run step 0: Preflight and plan?");
        Assert.Single(Slack.RootMessages(Channel));
    }
}
