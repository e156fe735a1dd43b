using static Cutover.Tests.Fakes.InMemoryCutover;

namespace Cutover.Tests.Conversations;

/// <summary><c>pause</c> and <c>resume</c>: the sender's reply, and one post per active thread.</summary>
public class PauseHandlerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryCutover _cutover = new();

    [Fact]
    public async Task Pause_Approver_HoldsCutoverAndTellsEveryActiveThread()
    {
        var first = await _cutover.OpenRunAsync("demo-app");
        var second = await _cutover.OpenRunAsync("shop-api");

        var reply = await Pause().HandleAsync(From(ApproverA), new PauseCommand("incident 4121"), None);

        Assert.Equal(("Cutover is paused", "Paused by slack:U-a: incident 4121. No step is approved or started until an approver sends `resume`; steps already running finish."),
            (reply?.Title, reply?.Text));
        var since = _cutover.Clock.GetUtcNow();
        Assert.Equal(new PauseHold("slack:U-a", "incident 4121", since), _cutover.PauseLock.Hold);
        Assert.Equal(2, _cutover.Chat.Posts.Count(p => p.Message.Title == "Cutover is paused"));
        foreach (var runId in new[] { first, second })
            Assert.Contains($"pause:{since.ToUnixTimeMilliseconds()}", (await _cutover.Posts.ListAsync(runId, None)).Keys);
    }

    [Fact]
    public async Task Pause_AlreadyPaused_RefusedNamingTheHolder()
    {
        await Pause().HandleAsync(From(ApproverA), new PauseCommand("incident 4121"), None);

        var reply = await Pause().HandleAsync(From(ApproverB), new PauseCommand("freeze"), None);

        Assert.Equal("Cutover is already paused by slack:U-a since 2026-03-02 09:00 UTC: incident 4121.", reply?.Text);
    }

    [Fact]
    public async Task Pause_NotAnApprover_RefusedAndNothingHeld()
    {
        await _cutover.OpenRunAsync();

        var reply = await Pause().HandleAsync(From(Outsider), new PauseCommand("just because"), None);

        Assert.Equal("Only an approver can pause Cutover.", reply?.Text);
        Assert.Null(_cutover.PauseLock.Hold);
        Assert.Empty(_cutover.Chat.Posts);
    }

    [Fact]
    public async Task Pause_ChatPlatformDown_PausesAnyway()
    {
        var runId = await _cutover.OpenRunAsync();
        _cutover.Chat.Failing = true;

        var reply = await Pause().HandleAsync(From(ApproverA), new PauseCommand("incident 4121"), None);

        Assert.Equal("Cutover is paused", reply?.Title);
        Assert.NotNull(_cutover.PauseLock.Hold);
        Assert.Empty(await _cutover.Posts.ListAsync(runId, None));
    }

    [Fact]
    public async Task Resume_AfterAPause_ReleasesItAndStartsTheStepItHeldBack()
    {
        var runId = await _cutover.OpenRunAsync();
        await _cutover.ApproveAsync(runId, StepIds.Preflight);
        await Pause().HandleAsync(From(ApproverA), new PauseCommand("incident 4121"), None);

        var reply = await Resume().HandleAsync(From(ApproverB), new ResumeCommand(), None);

        Assert.Equal("Cutover resumed", reply?.Title);
        Assert.Null(_cutover.PauseLock.Hold);
        Assert.Equal(["Cutover is paused", "Cutover resumed"], _cutover.Chat.Posts.Select(p => p.Message.Title));
        Assert.Equal([$"execute {runId}"], _cutover.Scheduler.Calls);
    }

    [Fact]
    public async Task Resume_NotPaused_Refused()
    {
        var reply = await Resume().HandleAsync(From(ApproverA), new ResumeCommand(), None);

        Assert.Equal("Cutover is not paused.", reply?.Text);
        Assert.Empty(_cutover.Chat.Posts);
    }

    private PauseHandler Pause() => _cutover.Handler<PauseHandler>();

    private ResumeHandler Resume() => _cutover.Handler<ResumeHandler>();
}
