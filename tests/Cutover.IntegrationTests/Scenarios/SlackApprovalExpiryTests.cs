namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// Approvals lapse, through the real host on a fake clock that Quartz, the host and the fake Slack share: every step
/// needs two approvers, so one approval can wait long enough to lapse; the lapse job re-issues the step and only the
/// new version's buttons count.
/// </summary>
public sealed class SlackApprovalExpiryTests : SlackHost
{
    private static readonly DateTimeOffset T0 = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly FakeTimeProvider _clock = new(T0);

    protected override CutoverTestHostBuilder Configure(CutoverTestHostBuilder host) =>
        host.WithClock(_clock).WithSetting("Approvals:Quorum", "2");

    [Fact]
    public async Task Approval_LapsedBeforeTheStepRan_IsReissuedAndAClickOnTheNewVersionCounts()
    {
        var (root, v1) = await PlanDemoAppAsync();
        await Slack.ClickAsync(Bot, Alice, v1, ActionIds.ApproveStep);
        var half = await WaitForMessageAsync(root.Ts, "Run step 0: Preflight and plan?", m => m.AllText.Contains("Approved so far", StringComparison.Ordinal));
        var scheduler = await App.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await Slack.WaitForAsync(_ => scheduler.GetJobDetail(ApprovalExpiryJob.KeyFor(1, "preflight", 1)).AsTask().GetAwaiter().GetResult() is not null,
            TimeSpan.FromSeconds(30));

        // Alice's approval counts for 24 h. The clock jumps past the lapse once and then stands still, so nothing in flight
        // (a Slack post, a Heroku read) outlives its timeout on it; the lapse job asks for the step again, as v2.
        _clock.SetUtcNow(T0.AddHours(24).AddMinutes(1));
        var v2 = await WaitForMessageAsync(root.Ts, "Run step 0: Preflight and plan?", m => m.Ts != v1.Ts && m.ActionIds.Count > 0);
        var retired = Slack.Message(Channel, v1.Ts)!;
        await Slack.ClickAsync(Bot, Bob, half, ActionIds.ApproveStep);
        var refusal = await WaitForEphemeralAsync(Bob, "That button belongs to version 1 of step 0 (preflight)");
        await Slack.ClickAsync(Bot, Alice, v2, ActionIds.ApproveStep);
        var again = await WaitForMessageAsync(root.Ts, "Run step 0: Preflight and plan?", m => m.Ts == v2.Ts && m.AllText.Contains("Approved so far", StringComparison.Ordinal));
        await Slack.ClickAsync(Bot, Bob, again, ActionIds.ApproveStep);
        await WaitForMessageAsync(root.Ts, "✓ Step 0: Preflight and plan succeeded");

        Assert.Contains("v1 superseded", retired.AllText, StringComparison.Ordinal);
        Assert.Empty(retired.ActionIds);
        Assert.Contains("now at version 2", refusal.AllText, StringComparison.Ordinal);
        var preflight = (await App.Services.GetRequiredService<IRunStore>().GetAsync(1, CancellationToken.None))!.FindStep("preflight")!;
        Assert.Equal((StepState.Succeeded, 2), (preflight.State, preflight.Version));
        Assert.Equal(2, preflight.Decisions.Count(d => d.StepVersion == 2 && d.Verdict == Verdict.Approve));
        var audit = await App.Services.GetRequiredService<IAuditLog>().ReadAsync(1, CancellationToken.None);
        Assert.Contains(audit, e => e is { Action: "step.expire", StepId: "preflight", StepVersion: 2 } && e.Detail!.Contains("re-issued as v2", StringComparison.Ordinal));
    }
}
