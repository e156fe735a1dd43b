namespace Cutover.IntegrationTests.Hosting;

/// <summary>
/// The runbook driven through the real host: approvals go through the Core use cases, the scheduler's
/// step-execution job carries each approved step out against the simulator over loopback HTTP, and the next
/// step is put up for approval by Cutover itself.
/// </summary>
public sealed class RunbookThroughHostTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly ConversationReference Thread = new(ChatChannel.Slack, "C0123", "1700000000.000100");

    private CutoverTestHost App { get; set; } = null!;

    private SimulatorHost Heroku => App.Heroku;

    public async Task InitializeAsync() => App = await CutoverTestHost.Create().WithHeroku().StartAsync();

    public async Task DisposeAsync() => await App.DisposeAsync();

    [Fact]
    public async Task Preflight_Approved_RunsOnTheSchedulerAndPutsTheNextStepUpForApproval()
    {
        var runId = await PlanAsync();

        var approved = await Decide.ApproveAsync(runId, "preflight", 1, Users.Alice, CancellationToken.None);

        Assert.True(approved.Value?.QuorumReached, approved.Refusal?.Reason);
        var run = await WaitForAsync(runId, r => r.FindStep("preflight")!.IsDone);
        Assert.Equal(StepState.Succeeded, run.FindStep("preflight")!.State);
        Assert.Contains("demo-app-ps", run.FindStep("preflight")!.Outcome);
        Assert.Equal(StepState.AwaitingApproval, run.FindStep("maintenance-page")!.State);
        var audit = await App.Services.GetRequiredService<IAuditLog>().ReadAsync(runId, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "step.start", StepId: "preflight" });
        Assert.Contains(audit, e => e is { Action: "step.request-approval", StepId: "maintenance-page", Actor: "cutover" });
    }

    [Fact]
    public async Task Preflight_HerokuKeepsFailing_StepFailsWithTheErrorAndCanBeRetried()
    {
        var runId = await PlanAsync();
        Heroku.Simulator.InjectServerErrors(50);

        await Decide.ApproveAsync(runId, "preflight", 1, Users.Alice, CancellationToken.None);

        var run = await WaitForAsync(runId, r => r.FindStep("preflight")!.State == StepState.Failed);
        Assert.Contains("503", run.FindStep("preflight")!.Outcome, StringComparison.Ordinal);
        Heroku.Simulator.ClearFaults();
        var retried = await Store.UpdateAsync(runId, r => r.Retry("preflight", new Actor("U-alice", true), DateTimeOffset.UtcNow), CancellationToken.None);
        Assert.Equal(2, retried.Value?.Version);
    }

    [Fact]
    public async Task Migration_PlanToDecommission_MovesTheDemoAppIntoTheSpace()
    {
        var callsBefore = Heroku.Simulator.ApiCalls;
        var runId = await PlanAndRunThroughAsync("create-app", "copy-config", "deploy", "addons", "scale", "maintenance-on", "data-cutover", "domains", "dns-switch", "go-live");

        await SkipAsync(runId, "monitor");
        await SkipAsync(runId, "restore-ttl");

        // The guard: Heroku would delete the old databases with the app, so decommission refuses first…
        var refused = await ApproveAsync(runId, "decommission", expect: StepState.Failed);
        Assert.Contains("heroku-postgresql", refused.FindStep("decommission")!.Outcome, StringComparison.Ordinal);
        using var heroku = Heroku.CreateClient();
        Assert.Equal(System.Net.HttpStatusCode.OK, (await heroku.GetAsync(new Uri("apps/demo-app", UriKind.Relative))).StatusCode);
        // …until the team has removed them, after checking the new app.
        foreach (var addon in new[] { "postgresql-curved-24817", "redis-graceful-51720" })
            (await heroku.DeleteAsync(new Uri($"apps/demo-app/addons/{addon}", UriKind.Relative))).EnsureSuccessStatusCode();
        await Store.UpdateAsync(runId, r => r.Retry("decommission", Alice, DateTimeOffset.UtcNow), CancellationToken.None);
        var finished = await ApproveAsync(runId, "decommission");

        Assert.Equal(RunState.Completed, finished.State);
        // No DNS serves the demo domains: the switch passes only because skipping step 2 waived the DNS checks, and says so.
        Assert.Contains("(not verified by lookup: ", finished.FindStep("dns-switch")!.Outcome, StringComparison.Ordinal);
        Assert.Contains("DNS checks waived when step 2 was skipped)", finished.FindStep("dns-switch")!.Outcome, StringComparison.Ordinal);
        var calls = Heroku.Simulator.ApiCalls - callsBefore;
        output.WriteLine($"Heroku API calls for the whole demo migration, plan to decommission: {calls}");
        Assert.InRange(calls, 50, 300);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await heroku.GetAsync(new Uri("apps/demo-app", UriKind.Relative))).StatusCode);
        var target = await heroku.GetStringAsync(new Uri("apps/demo-app-ps", UriKind.Relative));
        Assert.Contains("\"maintenance\":false", target, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"demo-space\"", target, StringComparison.Ordinal);
        var attachments = await heroku.GetStringAsync(new Uri("apps/demo-app-ps/addon-attachments", UriKind.Relative));
        Assert.Contains("\"name\":\"DATABASE\"", attachments, StringComparison.Ordinal);
        var domains = await heroku.GetStringAsync(new Uri("apps/demo-app-ps/domains", UriKind.Relative));
        Assert.Contains("www.demo-app.example.com", domains, StringComparison.Ordinal);
        Assert.Contains("api.demo-app.example.com", domains, StringComparison.Ordinal);
        var formation = await heroku.GetStringAsync(new Uri("apps/demo-app-ps/formation", UriKind.Relative));
        Assert.Contains("Private-S", formation, StringComparison.Ordinal);
        var audit = await App.Services.GetRequiredService<IAuditLog>().ReadAsync(runId, CancellationToken.None);
        Assert.Equal(2, audit.Count(e => e is { Action: "step.approval-recorded", StepId: "data-cutover" }));
        Assert.DoesNotContain(audit, e => (e.Detail ?? string.Empty).Contains("sk_test_sandbox_only", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Rollback_AfterDomainsMoved_PutsTheSourceBackInService()
    {
        var runId = await PlanAndRunThroughAsync("create-app", "copy-config", "deploy", "addons", "scale", "maintenance-on", "data-cutover", "domains");

        var asked = await Store.UpdateAsync(runId, r => r.RequestRollback(Alice, DateTimeOffset.UtcNow), CancellationToken.None);
        Assert.False(asked.IsRefused, asked.Refusal?.Reason);
        var rolledBack = await ApproveAsync(runId, "rollback");

        Assert.Equal(RunState.RolledBack, rolledBack.State);
        Assert.Contains("Point DNS at", rolledBack.FindStep("rollback")!.Outcome, StringComparison.Ordinal);
        using var heroku = Heroku.CreateClient();
        var source = await heroku.GetStringAsync(new Uri("apps/demo-app", UriKind.Relative));
        Assert.Contains("\"maintenance\":false", source, StringComparison.Ordinal);
        var sourceDomains = await heroku.GetStringAsync(new Uri("apps/demo-app/domains", UriKind.Relative));
        Assert.Contains("www.demo-app.example.com", sourceDomains, StringComparison.Ordinal);
        Assert.Contains("api.demo-app.example.com", sourceDomains, StringComparison.Ordinal);
        var targetDomains = await heroku.GetStringAsync(new Uri("apps/demo-app-ps/domains", UriKind.Relative));
        Assert.DoesNotContain("www.demo-app.example.com", targetDomains, StringComparison.Ordinal);
        var formation = await heroku.GetStringAsync(new Uri("apps/demo-app/formation", UriKind.Relative));
        Assert.Contains("\"type\":\"worker\"", formation, StringComparison.Ordinal);
        Assert.DoesNotContain("\"quantity\":0", formation, StringComparison.Ordinal);
        var target = await heroku.GetStringAsync(new Uri("apps/demo-app-ps", UriKind.Relative));
        Assert.Contains("\"maintenance\":true", target, StringComparison.Ordinal);
        Assert.Null(await Store.FindActiveAsync("demo-app", CancellationToken.None));
    }

    private static readonly Actor Alice = new("U-alice", true);

    /// <summary>Approves the step's current version (twice, by two people, when it is destructive) and waits for the outcome.</summary>
    private async Task<Run> ApproveAsync(long runId, string stepId, StepState expect = StepState.Succeeded)
    {
        var step = (await Store.GetAsync(runId, CancellationToken.None))!.FindStep(stepId)!;
        Assert.True(step.State == StepState.AwaitingApproval, $"{stepId} is {step.State}: {step.Outcome}");
        var approvers = step.Definition.Destructive && step.Intent == StepIntent.Execute ? new[] { Users.Alice, Users.Bob } : [Users.Bob];
        foreach (var approver in approvers)
        {
            var approved = await Decide.ApproveAsync(runId, stepId, step.Version, approver, CancellationToken.None);
            Assert.False(approved.IsRefused, $"{stepId}: {approved.Refusal?.Reason}");
        }

        var run = await WaitForAsync(runId, r => r.FindStep(stepId)!.State is StepState.Succeeded or StepState.Skipped or StepState.Failed);
        Assert.True(run.FindStep(stepId)!.State == expect, $"{stepId}: {run.FindStep(stepId)!.State} {run.FindStep(stepId)!.Outcome}");
        return run;
    }

    private async Task SkipAsync(long runId, string stepId)
    {
        var asked = await Store.UpdateAsync(runId, r => r.RequestSkip(stepId, Alice, DateTimeOffset.UtcNow, "the demo domains are not served by any DNS"), CancellationToken.None);
        Assert.False(asked.IsRefused, asked.Refusal?.Reason);
        await ApproveAsync(runId, stepId, StepState.Skipped);
    }

    private IRunStore Store => App.Services.GetRequiredService<IRunStore>();

    private DecideStep Decide => App.Services.GetRequiredService<DecideStep>();

    /// <summary>Plans demo-app → demo-space and puts preflight up for approval.</summary>
    private async Task<long> PlanAsync()
    {
        var command = (PlanCommand)CommandParser.Parse("plan demo-app to demo-space", DateTimeOffset.UtcNow).Value!;
        var planned = await App.Services.GetRequiredService<PlanRun>().RunAsync(command, "U-req", Thread, CancellationToken.None);
        Assert.False(planned.IsRefused, planned.Refusal?.Reason);
        var runId = planned.Value.Run!.Id;
        await Store.UpdateAsync(runId, r => r.RequestApproval("preflight", Actor.System, DateTimeOffset.UtcNow), CancellationToken.None);
        return runId;
    }

    /// <summary>Plans the run, carries out preflight and the maintenance page, skips the DNS TTL step, then carries out <paramref name="steps"/> in turn.</summary>
    private async Task<long> PlanAndRunThroughAsync(params string[] steps)
    {
        var runId = await PlanAsync();
        foreach (var stepId in new[] { "preflight", "maintenance-page" })
            await ApproveAsync(runId, stepId);
        await SkipAsync(runId, "dns-ttl");
        foreach (var stepId in steps)
            await ApproveAsync(runId, stepId);
        return runId;
    }

    private async Task<Run> WaitForAsync(long runId, Func<Run, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var run = (await Store.GetAsync(runId, CancellationToken.None))!;
            if (done(run))
                return run;
            Assert.True(DateTime.UtcNow < deadline, $"run {runId} did not get there: {string.Join(", ", run.Steps.Take(8))}");
            Heroku.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.Delay(50);
        }
    }
}
