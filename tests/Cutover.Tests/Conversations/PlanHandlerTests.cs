using static Cutover.Tests.Fakes.InMemoryCutover;

namespace Cutover.Tests.Conversations;

public class PlanHandlerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryCutover _cutover = new();

    [Fact]
    public async Task Handle_PlannableApp_OpensTheThreadPutsPreflightUpAndSchedulesTheReminders()
    {
        var at = _cutover.Clock.GetUtcNow().AddDays(5);

        var reply = await Plan().HandleAsync(From(Requester), new PlanCommand("demo-app", "demo-space", at), None);

        Assert.Null(reply);
        var run = Assert.Single(await _cutover.Store.ListActiveAsync(None));
        Assert.Equal(("demo-app", "demo-space", "slack:U-req"), (run.SourceApp, run.TargetSpace, run.RequestedBy));
        var root = _cutover.Chat.Posts[0];
        Assert.Equal((Channel, null), (root.Conversation.ChannelId, root.Conversation.ThreadId));
        Assert.Equal(PlanMessages.Plan(new DemoWorld().Plan(), run).Title, root.Message.Title);
        Assert.Equal(root.Id, run.Conversation.ThreadId);
        Assert.Equal((StepState.AwaitingApproval, 1), (run.FindStep(StepIds.Preflight)!.State, run.FindStep(StepIds.Preflight)!.Version));
        Assert.Contains($"approval:{StepIds.Preflight}:v1", (await _cutover.Posts.ListAsync(run.Id, None)).Keys);
        Assert.Equal([$"ttl-reminders {run.Id} before {at:O}"], _cutover.Scheduler.Calls);
    }

    [Fact]
    public async Task Handle_PlanWithWarnings_KeepsThemForTheFirstApproval()
    {
        var warnings = new DemoWorld().Plan().Warnings;
        Assert.NotEmpty(warnings);

        await Plan().HandleAsync(From(Requester), new PlanCommand("demo-app", "demo-space", null), None);

        Assert.Equal(string.Join("\n", warnings), await _cutover.Facts.GetAsync(1, PlanHandler.PlanWarningsFact, None));
        Assert.Empty(_cutover.Scheduler.Calls);
    }

    [Fact]
    public async Task Handle_InspectorRefuses_RepliesTheRefusalAndOpensNothing()
    {
        _cutover.Inspector.Refusal = "Heroku has no app demo-app visible to this token.";

        var reply = await Plan().HandleAsync(From(Requester), new PlanCommand("demo-app", "demo-space", null), None);

        Assert.Equal(RunMessages.Refused(_cutover.Inspector.Refusal).Text, reply?.Text);
        Assert.Empty(await _cutover.Store.ListActiveAsync(None));
        Assert.Empty(_cutover.Chat.Posts);
    }

    [Fact]
    public async Task Handle_BlockedPlan_RepliesThePlanPrivatelyAndOpensNoRun()
    {
        _cutover.Inspector.World = new DemoWorld().WithSpaceState("allocating");

        var reply = await Plan().HandleAsync(From(Requester), new PlanCommand("demo-app", "demo-space", null), None);

        var blocked = PlanMessages.Blocked(_cutover.Inspector.World.Plan(), "slack:U-req");
        Assert.Equal((blocked.Title, blocked.Status), (reply?.Title, reply?.Status));
        Assert.Empty(await _cutover.Store.ListActiveAsync(None));
        Assert.Empty(_cutover.Chat.Posts);
    }

    [Fact]
    public async Task Handle_AppAlreadyHasARun_RefusedNamingIt()
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await Plan().HandleAsync(From(ApproverA), new PlanCommand("demo-app", "demo-space", null), None);

        Assert.StartsWith($"demo-app already has run {runId}", reply?.Text, StringComparison.Ordinal);
        Assert.Single(await _cutover.Store.ListActiveAsync(None));
        Assert.Empty(_cutover.Chat.Posts);
    }

    private PlanHandler Plan() => _cutover.Handler<PlanHandler>();
}
