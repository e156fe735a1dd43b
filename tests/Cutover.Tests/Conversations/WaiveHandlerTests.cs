using static Cutover.Tests.Fakes.InMemoryCutover;

namespace Cutover.Tests.Conversations;

public class WaiveHandlerTests
{
    private static readonly CancellationToken None = CancellationToken.None;

    private readonly InMemoryCutover _cutover = new();

    [Fact]
    public async Task Handle_Approver_RecordsTheWaiverAndTellsTheSender()
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await Waive().HandleAsync(From(ApproverA), new WaiveCommand(runId, "domains are served by Cloudflare"), None);

        Assert.Equal(("Waiver recorded", MessageStatus.Info, $"DNS check waived for run {runId}: domains are served by Cloudflare"),
            (reply?.Title, reply?.Status, reply?.Text));
        Assert.Equal("slack:U-a at 2026-03-02T09:00:00Z: domains are served by Cloudflare", await _cutover.Facts.GetAsync(runId, DnsFacts.Waiver, None));
        Assert.Equal("domains are served by Cloudflare", Assert.Single(_cutover.Audit.Of("run.dns-check-waived")).Detail);
    }

    [Fact]
    public async Task Handle_NotAnApprover_RefusedAuditedAndNoWaiver()
    {
        var runId = await _cutover.OpenRunAsync();

        var reply = await Waive().HandleAsync(From(Outsider), new WaiveCommand(runId, "trust me"), None);

        Assert.Equal($"Only an approver of run {runId} can waive the DNS check.", reply?.Text);
        Assert.Equal($"waive: {reply?.Text}", Assert.Single(_cutover.Audit.Of(RunAccess.CommandRefused)).Detail);
        Assert.Null(await _cutover.Facts.GetAsync(runId, DnsFacts.Waiver, None));
    }

    [Fact]
    public async Task Handle_EndedRun_RefusedAsNothingToWaive()
    {
        var runId = await _cutover.OpenRunAsync();
        await _cutover.ChangeAsync(runId, r => r.Abort(RunHarness.Requester, null, _cutover.Clock.GetUtcNow()));

        var reply = await Waive().HandleAsync(From(ApproverA), new WaiveCommand(runId, "served elsewhere"), None);

        Assert.Equal($"Run {runId} is aborted; there is nothing to waive.", reply?.Text);
        Assert.Null(await _cutover.Facts.GetAsync(runId, DnsFacts.Waiver, None));
        Assert.Equal(RunState.Aborted, (await _cutover.RunAsync(runId)).State);
    }

    private WaiveHandler Waive() => _cutover.Handler<WaiveHandler>();
}
