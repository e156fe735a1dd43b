using Cutover.Chat.Teams.Inbound;

namespace Cutover.IntegrationTests.Scenarios;

/// <summary>
/// The commands about a run from a Teams channel, through the real host: @mentions and card clicks as authenticated
/// activities, what the clicker is shown, the cards Cutover posts and updates through the Connector, and what the run
/// became. Teams has no private messages, so a typed command's refusal is a card in the channel.
/// </summary>
public sealed class TeamsCommandTests : TeamsHost
{
    private static readonly Dictionary<string, string> NotDuringTheSale = new() { [TeamsInbound.ReasonInputId] = "not during the sale" };

    [Fact]
    public async Task RejectByCardWithAReason_StopsTheStep_AndRetryByMentionReissuesIt()
    {
        var (_, v1) = await PlanDemoAppAsync();

        var blank = await ClickAsync(Alice, v1, ActionIds.RejectStep);
        var shown = await ClickAsync(Alice, v1, ActionIds.RejectStep, NotDuringTheSale);
        var decided = await WaitForCardAsync("Step 0: Preflight and plan — rejected", c => c.PathActivityId == v1.ActivityId);
        var rejected = await StepAsync("preflight");
        await MentionAsync(Outsider, "retry 1 preflight");
        await WaitForCardAsync("Nothing was changed", c => c.AllText.Contains("Only the requester or an approver of run 1 can retry a step", StringComparison.Ordinal));
        await MentionAsync(Requester, "retry 1 preflight");
        var v2 = await WaitForCardAsync("Run step 0: Preflight and plan?", c => c.ActivityId != v1.ActivityId);
        var stale = await ClickAsync(Alice, v1, ActionIds.ApproveStep);
        await ClickAsync(Alice, v2, ActionIds.ApproveStep);
        await WaitForCardAsync("✓ Step 0: Preflight and plan succeeded");

        Assert.Contains("A rejection needs a reason", blank, StringComparison.Ordinal);
        Assert.Contains("rejected", shown, StringComparison.Ordinal);
        Assert.Contains("not during the sale", decided.AllText, StringComparison.Ordinal);
        Assert.Equal((StepState.Rejected, 1, "not during the sale"), (rejected.State, rejected.Version, rejected.Outcome));
        Assert.Contains("That button belongs to version 1 of step 0 (preflight)", stale, StringComparison.Ordinal);
        var preflight = await StepAsync("preflight");
        Assert.Equal((StepState.Succeeded, 2), (preflight.State, preflight.Version));
    }

    [Fact]
    public async Task SkipByMention_AsksForApproval_AndTheApprovedSkipMovesToTheNextStep()
    {
        await PlanDemoAppAsync();
        await ApproveAsync("Run step 0: Preflight and plan?", "✓ Step 0: Preflight and plan succeeded", Alice);
        var asked = await WaitForCardAsync("Run step 1: Maintenance page?");

        await MentionAsync(Requester, "skip 1 maintenance-page the pages are not designed yet");
        var skip = await WaitForCardAsync("Skip step 1: Maintenance page?");
        var retired = await WaitForCardAsync("v1 superseded", c => c.PathActivityId == asked.ActivityId);
        await ClickAsync(Alice, skip, ActionIds.ApproveStep);
        var skipped = await WaitForCardAsync("↷ Step 1: Maintenance page skipped");
        await WaitForCardAsync("Run step 2: Lower DNS TTL?");

        Assert.Equal(skip.ThreadRootId, skipped.ThreadRootId);
        Assert.Empty(retired.Card!["actions"]?.AsArray() ?? []);
        var step = await StepAsync("maintenance-page");
        Assert.Equal((StepState.Skipped, 2, StepIntent.Skip), (step.State, step.Version, step.Intent));
    }

    [Fact]
    public async Task AbortByMention_EndsTheRun_AndItsCardsRefuseClicks()
    {
        var (_, request) = await PlanDemoAppAsync();

        await MentionAsync(Outsider, "abort 1 not mine");
        await WaitForCardAsync("Nothing was changed", c => c.AllText.Contains("Only the requester or an approver of run 1 can abort it.", StringComparison.Ordinal));
        await MentionAsync(Requester, "abort 1 wrong target space");
        var ended = await WaitForCardAsync("Run 1 aborted");
        var click = await ClickAsync(Alice, request, ActionIds.ApproveStep);

        Assert.Equal(request.ThreadRootId, ended.ThreadRootId);
        Assert.Contains("Run 1 is aborted; nothing more can happen in it.", click, StringComparison.Ordinal);
        var run = (await App.Services.GetRequiredService<IRunStore>().GetAsync(1, CancellationToken.None))!;
        Assert.Equal(RunState.Aborted, run.State);
        Assert.Equal((StepState.Aborted, "wrong target space"), (run.FindStep("preflight")!.State, run.FindStep("preflight")!.Outcome));
    }

    [Fact]
    public async Task RollbackByMention_TwoApproversConfirmOnTheCard_AndTheRunEndsRolledBack()
    {
        await PlanDemoAppAsync();
        await ApproveAsync("Run step 0: Preflight and plan?", "✓ Step 0: Preflight and plan succeeded", Alice);
        await ApproveAsync("Run step 1: Maintenance page?", "✓ Step 1: Maintenance page succeeded", Alice);

        await MentionAsync(Requester, "rollback 1");
        var request = await WaitForCardAsync("Run step 16: Roll back to the source app?");
        var first = await ClickAsync(Alice, request, ActionIds.ApproveStep);
        var second = await ClickAsync(Bob, request, ActionIds.ApproveStep);
        await WaitForCardAsync("✓ Step 16: Roll back to the source app succeeded");
        var ended = await WaitForCardAsync("Run 1 rolled back: demo-app serves again");

        Assert.Contains("Approved so far", first, StringComparison.Ordinal);
        Assert.Contains("approved", second, StringComparison.Ordinal);
        Assert.Equal(request.ThreadRootId, ended.ThreadRootId);
        var run = (await App.Services.GetRequiredService<IRunStore>().GetAsync(1, CancellationToken.None))!;
        Assert.Equal(RunState.RolledBack, run.State);
        Assert.Equal((StepState.Aborted, "rolled back"), (run.FindStep("dns-ttl")!.State, run.FindStep("dns-ttl")!.Outcome));
    }

    [Fact]
    public async Task AuditByMention_ShowsWhoDidWhatByName()
    {
        await PlanDemoAppAsync();
        await MentionAsync(Alice, "waive 1 the demo domains are served by another provider");
        await WaitForCardAsync("Waiver recorded");

        await MentionAsync(Bob, "audit 1");
        var audit = await WaitForCardAsync("Audit of run 1 (demo-app → demo-space) — page 1 of 1");

        Assert.Contains("Rita Requester · run.planned", audit.AllText, StringComparison.Ordinal);
        Assert.Contains("Alice Ops · run.dns-check-waived", audit.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("teams:", audit.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WaiveByMention_IsRecordedForTheRunAndRefusedToOthers()
    {
        await PlanDemoAppAsync();

        await MentionAsync(Outsider, "waive 1 trust me");
        await WaitForCardAsync("Nothing was changed", c => c.AllText.Contains("Only an approver of run 1 can waive the DNS check.", StringComparison.Ordinal));
        await MentionAsync(Alice, "waive 1 the demo domains are served by another provider");
        var recorded = await WaitForCardAsync("Waiver recorded");

        Assert.Contains("DNS check waived for run 1: the demo domains are served by another provider", recorded.AllText, StringComparison.Ordinal);
        var waiver = await App.Services.GetRequiredService<IRunFacts>().GetAsync(1, DnsFacts.Waiver, CancellationToken.None);
        Assert.EndsWith(": the demo domains are served by another provider", waiver, StringComparison.Ordinal);
        var audit = await App.Services.GetRequiredService<IAuditLog>().ReadAsync(1, CancellationToken.None);
        Assert.Single(audit, e => e is { Action: "run.dns-check-waived" } && e.Actor == Users.TeamsAlice.Qualified);
    }

    [Fact]
    public async Task PauseByMention_RefusesApprovalsUntilResume_ThenTheStepRuns()
    {
        var (plan, request) = await PlanDemoAppAsync();

        await MentionAsync(Outsider, "pause nobody asked me");
        await WaitForCardAsync("Nothing was changed", c => c.AllText.Contains("Only an approver can pause Cutover", StringComparison.Ordinal));
        await MentionAsync(Bob, "pause incident 4121: database failover");
        var notice = await WaitForCardAsync("Cutover is paused", c => c.ThreadRootId == plan.ActivityId);
        var held = await ClickAsync(Alice, request, ActionIds.ApproveStep);
        var whilePaused = await StepAsync("preflight");
        await MentionAsync(Alice, "resume");
        await WaitForCardAsync("Cutover resumed", c => c.ThreadRootId == plan.ActivityId);
        await ClickAsync(Alice, request, ActionIds.ApproveStep);
        await WaitForCardAsync("✓ Step 0: Preflight and plan succeeded");

        Assert.Contains("incident 4121: database failover", notice.AllText, StringComparison.Ordinal);
        Assert.Contains("Cutover is paused by", held, StringComparison.Ordinal);
        Assert.Equal(StepState.AwaitingApproval, whilePaused.State);
        Assert.Null(await App.Services.GetRequiredService<IPauseLock>().CurrentAsync(CancellationToken.None));
        var audit = await App.Services.GetRequiredService<IAuditLog>().ReadAsync(1, CancellationToken.None);
        Assert.Contains(audit, e => e.Action == "cutover.paused" && e.Actor == Users.TeamsBob.Qualified && e.Detail == "incident 4121: database failover");
    }

    private async Task<Step> StepAsync(string stepId) =>
        (await App.Services.GetRequiredService<IRunStore>().GetAsync(1, CancellationToken.None))!.FindStep(stepId)!;
}
