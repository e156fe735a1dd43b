using static Cutover.Tests.Fakes.InMemoryCutover;

namespace Cutover.Tests.Conversations;

/// <summary><c>approve</c> and <c>reject</c>, typed or clicked.</summary>
public class DecideHandlerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryCutover _cutover = new();

    [Fact]
    public async Task Handle_TypedApprove_DecidesTheCurrentVersionAndUpdatesTheRequest()
    {
        var runId = await _cutover.OpenRunAsync();
        await _cutover.Announcer.AnnounceAsync(runId, None);
        await _cutover.Decide.RejectAsync(runId, StepIds.Preflight, 1, ApproverA, "wrong space", None);
        await _cutover.ChangeAsync(runId, r => r.Retry(StepIds.Preflight, RunHarness.Requester, _cutover.Clock.GetUtcNow()));
        await _cutover.Announcer.AnnounceAsync(runId, None);
        var updates = _cutover.Chat.Updates.Count;

        var reply = await Decisions().HandleAsync(From(ApproverB), Typed(runId, Verdict.Approve), None);

        Assert.Null(reply);
        var step = await _cutover.StepAsync(runId, StepIds.Preflight);
        Assert.Equal((StepState.Approved, 2), (step.State, step.Version));
        Assert.Equal(updates + 1, _cutover.Chat.Updates.Count);
    }

    [Fact]
    public async Task Handle_TypedApproveOfPreflight_AcknowledgesThePlansWarnings()
    {
        var runId = await _cutover.OpenRunAsync();
        await _cutover.Facts.SetAsync(runId, PlanHandler.PlanWarningsFact, "Fixie is replaced by the space's NAT\nRedis is forked", None);

        await Decisions().HandleAsync(From(ApproverA), Typed(runId, Verdict.Approve), None);

        Assert.EndsWith("acknowledges: Fixie is replaced by the space's NAT;Redis is forked",
            _cutover.Audit.Of("step.approval-recorded").Single().Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_TypedReject_RejectsWithTheReason()
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await Decisions().HandleAsync(From(ApproverA), Typed(runId, Verdict.Reject, "not during the sale"), None);

        Assert.Null(reply);
        var step = await _cutover.StepAsync(runId, StepIds.Preflight);
        Assert.Equal((StepState.Rejected, "not during the sale"), (step.State, step.Outcome));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public async Task Decide_RejectWithoutAReason_RefusedSayingHowToGiveOne(string? reason)
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await Decisions().DecideAsync(From(ApproverA), runId, StepIds.Preflight, 1, Verdict.Reject, reason, None);

        Assert.Equal($"A rejection needs a reason: `reject {runId} preflight <reason>`.", reply?.Text);
        Assert.Equal(StepState.AwaitingApproval, (await _cutover.StepAsync(runId, StepIds.Preflight)).State);
    }

    [Fact]
    public async Task Handle_DecisionRefused_RepliesTheRefusalAndAnnouncesNothing()
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await Decisions().HandleAsync(From(Requester), Typed(runId, Verdict.Approve), None);

        Assert.Equal($"You requested run {runId}, so you cannot approve its steps. Ask another approver.", reply?.Text);
        Assert.Empty(_cutover.Chat.Posts);
        Assert.Empty(_cutover.Chat.Updates);
    }

    [Fact]
    public async Task Decide_ClickFromAnotherThread_RefusedAndAudited()
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await Decisions().DecideAsync(From(ApproverA, thread: "1700000999.9"), runId, StepIds.Preflight, 1, Verdict.Approve, null, None);

        var reason = $"That button is not in run {runId}'s thread, so it cannot act on run {runId}; use the request in the run's own thread.";
        Assert.Equal(reason, reply?.Text);
        Assert.Equal($"approve preflight: {reason}", Assert.Single(_cutover.Audit.Of(RunAccess.CommandRefused)).Detail);
        Assert.Equal(StepState.AwaitingApproval, (await _cutover.StepAsync(runId, StepIds.Preflight)).State);
    }

    [Fact]
    public async Task Handle_TypedInAnotherThreadOfTheChannel_Decides()
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await Decisions().HandleAsync(From(ApproverA, thread: "1700000999.9"), Typed(runId, Verdict.Approve), None);

        Assert.Null(reply);
        Assert.Equal(StepState.Approved, (await _cutover.StepAsync(runId, StepIds.Preflight)).State);
    }

    [Fact]
    public async Task Decide_TypedStepTheRunDoesNotHave_Refused()
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await Decisions().DecideAsync(From(ApproverA), runId, "warp-drive", null, Verdict.Approve, null, None);

        Assert.Equal($"Run {runId} has no step 'warp-drive'.", reply?.Text);
    }

    private static DecideCommand Typed(long runId, Verdict verdict, string? reason = null) =>
        new(runId, RunbookCatalog.Get(StepIds.Preflight), verdict, reason);

    private DecideHandler Decisions() => _cutover.Handler<DecideHandler>();
}
