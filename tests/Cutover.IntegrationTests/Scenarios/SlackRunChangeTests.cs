namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// Commands that re-issue or undo steps (skip, retry, rollback), sent as signed <c>/cutover</c> requests to the real
/// host: the thread shows the new request and retires the old one, a click on the old version is refused, and only the
/// new version's buttons decide.
/// </summary>
public sealed class SlackRunChangeTests : SlackHost
{
    [Fact]
    public async Task Click_OnAVersionASkipSuperseded_IsRefusedAndTheNewVersionDecides()
    {
        var (root, _) = await PlanDemoAppAsync();
        await ApproveAsync(root.Ts, "Run step 0: Preflight and plan?", "✓ Step 0: Preflight and plan succeeded");
        // Slack has v1 a moment before Cutover has recorded its id; a skip handled in between is retired by v1's poster.
        var v1 = await WaitForMessageAsync(root.Ts, "Run step 1: Maintenance page?");
        await Slack.SendCommandAsync(Bot, Requester, Channel, "skip 1 maintenance-page the pages are not designed yet");
        var skip = await WaitForMessageAsync(root.Ts, "Skip step 1: Maintenance page?");
        var retired = await Slack.WaitForAsync(s => s.Message(Channel, v1.Ts) is { } m && m.AllText.Contains("v1 superseded", StringComparison.Ordinal) ? m : null,
            TimeSpan.FromSeconds(30));
        // Alice still sees v1 with its buttons (a stale view) and approves it.
        await Slack.ClickAsync(Bot, Alice, v1, ActionIds.ApproveStep);
        var refusal = await WaitForEphemeralAsync(Alice, "That button belongs to version 1 of step 1 (maintenance-page)");
        var held = (await App.Services.GetRequiredService<IRunStore>().GetAsync(1, CancellationToken.None))!.FindStep("maintenance-page")!;
        await Slack.ClickAsync(Bot, Alice, skip, ActionIds.ApproveStep);
        await WaitForMessageAsync(root.Ts, "↷ Step 1: Maintenance page skipped");
        await WaitForMessageAsync(root.Ts, "Run step 2: Lower DNS TTL?");

        Assert.Contains("now at version 2 (awaiting approval)", refusal.AllText, StringComparison.Ordinal);
        Assert.Empty(retired.ActionIds);
        Assert.Equal((StepState.AwaitingApproval, 2, StepIntent.Skip), (held.State, held.Version, held.Intent));
        Assert.Empty(held.Decisions);
        Assert.DoesNotContain(Slack.Thread(Channel, root.Ts), m => m.AllText.Contains("Step 1: Maintenance page succeeded", StringComparison.Ordinal));
        var audit = await App.Services.GetRequiredService<IAuditLog>().ReadAsync(1, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "step.approval-refused", StepId: "maintenance-page", StepVersion: 1, Actor: "slack:" + Alice });
    }

    [Fact]
    public async Task Retry_AfterARejection_ReissuesTheStepAndOnlyTheNewVersionsButtonsCount()
    {
        var (root, v1) = await PlanDemoAppAsync();
        await Slack.SendCommandAsync(Bot, Alice, Channel, "reject 1 preflight wrong space");
        await WaitForMessageAsync(root.Ts, "Step 0: Preflight and plan — rejected");

        await Slack.SendCommandAsync(Bot, Outsider, Channel, "retry 1 preflight");
        await WaitForEphemeralAsync(Outsider, "Only the requester or an approver of run 1 can");
        await Slack.SendCommandAsync(Bot, Requester, Channel, "retry 1 preflight");
        var v2 = await WaitForMessageAsync(root.Ts, "Run step 0: Preflight and plan?", m => m.Ts != v1.Ts);
        await Slack.ClickAsync(Bot, Bob, v1, ActionIds.ApproveStep);
        await WaitForEphemeralAsync(Bob, "That button belongs to version 1 of step 0 (preflight)");
        await Slack.ClickAsync(Bot, Bob, v2, ActionIds.ApproveStep);
        await WaitForMessageAsync(root.Ts, "✓ Step 0: Preflight and plan succeeded");

        Assert.Contains("*Version*\n2", v2.AllText, StringComparison.Ordinal);
        var preflight = (await App.Services.GetRequiredService<IRunStore>().GetAsync(1, CancellationToken.None))!.FindStep("preflight")!;
        Assert.Equal((StepState.Succeeded, 2), (preflight.State, preflight.Version));
        Assert.Equal([(1, Verdict.Reject), (2, Verdict.Approve)], preflight.Decisions.Select(d => (d.StepVersion, d.Verdict)));
    }

    [Fact]
    public async Task Rollback_AfterAChangeOnHeroku_NeedsTwoApproversThenEndsTheRunRolledBack()
    {
        var (root, _) = await PlanDemoAppAsync();
        await Slack.SendCommandAsync(Bot, Requester, Channel, "rollback 1");
        await WaitForEphemeralAsync(Requester, "Run 1 has not changed anything on Heroku yet; abort it instead (`abort 1`).");
        await ApproveAsync(root.Ts, "Run step 0: Preflight and plan?", "✓ Step 0: Preflight and plan succeeded");
        await ApproveAsync(root.Ts, "Run step 1: Maintenance page?", "✓ Step 1: Maintenance page succeeded");
        var next = await WaitForMessageAsync(root.Ts, "Run step 2: Lower DNS TTL?");

        await Slack.SendCommandAsync(Bot, Requester, Channel, "rollback 1");
        var request = await WaitForMessageAsync(root.Ts, "Run step 16: Roll back to the source app?");
        await Slack.SendCommandAsync(Bot, Alice, Channel, "rollback 1");
        await WaitForEphemeralAsync(Alice, "A rollback of run 1 is already awaiting approval (v1).");
        await Slack.ClickAsync(Bot, Alice, next, ActionIds.ApproveStep);
        await WaitForEphemeralAsync(Alice, "A rollback of run 1 is waiting for approval");
        await Slack.ClickAsync(Bot, Alice, request, ActionIds.ApproveStep);
        var half = await WaitForMessageAsync(root.Ts, "Run step 16: Roll back to the source app?", m => m.AllText.Contains("Approved so far", StringComparison.Ordinal));
        await Slack.ClickAsync(Bot, Bob, half, ActionIds.ApproveStep);
        var outcome = await WaitForMessageAsync(root.Ts, "✓ Step 16: Roll back to the source app succeeded");
        await WaitForMessageAsync(root.Ts, "Run 1 rolled back: demo-app serves again");

        Assert.Contains("demo-app is not in maintenance", outcome.AllText, StringComparison.Ordinal);
        var run = (await App.Services.GetRequiredService<IRunStore>().GetAsync(1, CancellationToken.None))!;
        Assert.Equal(RunState.RolledBack, run.State);
        Assert.Equal((StepState.Aborted, "rolled back"), (run.FindStep("dns-ttl")!.State, run.FindStep("dns-ttl")!.Outcome));
        Assert.Equal(2, run.RollbackStep!.Decisions.Count(d => d.Verdict == Verdict.Approve));
        Assert.DoesNotContain(Slack.Thread(Channel, root.Ts), m => m.AllText.Contains("Step 2: Lower DNS TTL succeeded", StringComparison.Ordinal));
    }
}
