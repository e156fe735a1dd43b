using Cutover.Core.Approvals;
using Cutover.Testing;

namespace Cutover.Benchmarks;

/// <summary>
/// The decision work Cutover itself adds per step: plan a run, then request, approve (destructive steps twice),
/// start and finish all 16 steps — the bot's own overhead inside a cutover window, without I/O.
/// </summary>
[MemoryDiagnoser]
public class RunbookBenchmarks
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly Actor Alice = new("U-alice", true);
    private static readonly Actor Bob = new("U-bob", true);
    private static readonly ApprovalPolicy Policy = Runs.Approvers(Users.Alice, Users.Bob);
    private static readonly ConversationReference Thread = new(ChatChannel.Slack, "C0123", "1700000000.000100");

    [Benchmark]
    public RunState WholeRunbook()
    {
        var run = Run.Plan("billing-api", "acme-eu", null, "U-req", Thread, Now);
        foreach (var step in RunbookCatalog.Steps)
        {
            run.RequestApproval(step.Id, Actor.System, Now);
            run.Approve(step.Id, 1, Alice, Policy, Now);
            if (step.Destructive)
                run.Approve(step.Id, 1, Bob, Policy, Now);
            run.Start(step.Id, Policy, Now);
            run.Succeed(step.Id, null, Now);
        }

        return run.State;
    }

    [Benchmark]
    public bool StaleClickRefused()
    {
        var run = Run.Plan("billing-api", "acme-eu", null, "U-req", Thread, Now);
        run.RequestApproval("preflight", Actor.System, Now);
        run.Reject("preflight", 1, Alice, "wrong space", Policy, Now);
        run.Retry("preflight", Alice, Now);
        return run.Approve("preflight", 1, Bob, Policy, Now).IsRefused;
    }
}
