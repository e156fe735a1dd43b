using FsCheck;
using FsCheck.Xunit;
using static Cutover.Tests.Runbook.RunScenario;

namespace Cutover.Tests.Runbook;

/// <summary>
/// The approval invariant: no sequence of events runs a step without a recorded, live quorum of distinct approvers;
/// misuse is always a refusal (never an exception), and a refusal changes nothing but an audited expiry.
/// </summary>
public class RunApprovalProperties
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Property(MaxTest = 1000, Arbitrary = [typeof(RunScenarioArbitrary)])]
    public void Run_AnyOperationSequence_StartsOnlyWithLiveQuorumAndRefusesWithoutSideEffects(RunScenario scenario) =>
        Play(scenario);

    /// <summary>ApprovalDecision's contract, enforced by the store's unique index on (step version, user).</summary>
    [Property(MaxTest = 1000, Arbitrary = [typeof(RunScenarioArbitrary)])]
    public void Run_AnyOperationSequence_RecordsAtMostOneDecisionPerUserAndVersion(RunScenario scenario) =>
        Play(scenario, oneDecisionPerUserAndVersion: true);

    [Fact]
    public void Scenarios_Generated_ReachTheInterestingStates()
    {
        var seen = new Outcomes();

        foreach (var scenario in RunScenarioArbitrary.Scenario.Sample(500, new Rnd(20260302UL), RunScenarioArbitrary.MaxOperations))
            seen.Add(Play(scenario));

        Assert.True(seen.Starts > 1000, $"too few starts: {seen}");
        Assert.True(seen.DestructiveStarts > 10, $"too few starts of destructive steps: {seen}");
        Assert.True(seen.Expiries > 30, $"too few expiries: {seen}");
        Assert.True(seen.Refusals > 5000, $"too few refusals: {seen}");
        Assert.True(seen.Completed > 0, $"no run completed: {seen}");
        Assert.True(seen.Aborted > 0, $"no run was aborted: {seen}");
    }

    private static Outcomes Play(RunScenario scenario, bool oneDecisionPerUserAndVersion = false)
    {
        var policy = scenario.Policy();
        var now = Start;
        var run = Run.Plan("legacy-app", "eu-space", null, RequesterId, RunHarness.Thread(), now);
        var started = new HashSet<(string StepId, int Version)>();
        var outcomes = new Outcomes();

        foreach (var operation in scenario.Operations)
        {
            var before = Lines(run);
            var auditBefore = run.PendingAudit.Count;
            var (refused, startedStep) = Perform(run, scenario, policy, operation, ref now);

            if (startedStep is not null)
            {
                AssertLiveQuorum(scenario, policy, startedStep, now, operation);
                started.Add((startedStep.StepId, startedStep.Version));
                outcomes.Starts++;
                outcomes.DestructiveStarts += startedStep.Definition.Destructive ? 1 : 0;
            }

            var newEvents = run.PendingAudit.Skip(auditBefore).ToList();
            if (refused)
            {
                outcomes.Refusals++;
                AssertOnlyExpiryChanged(run, before, newEvents, operation);
            }

            outcomes.Expiries += newEvents.Count(e => e.Action == "step.expire");
            if (oneDecisionPerUserAndVersion)
                AssertOneDecisionPerUserAndVersion(run, operation);
            foreach (var step in run.Steps.Where(s => s.State is StepState.Running or StepState.Succeeded or StepState.Failed))
            {
                Assert.True(started.Contains((step.StepId, step.Version)),
                    $"{step} is {step.State} without a Start of v{step.Version} (after {operation})");
            }
        }

        outcomes.Completed = run.State == RunState.Completed ? 1 : 0;
        outcomes.Aborted = run.State == RunState.Aborted ? 1 : 0;
        return outcomes;
    }

    /// <summary>Runs one operation; returns whether it was refused and, for a successful Start, the step.</summary>
    private static (bool Refused, Step? Started) Perform(Run run, RunScenario scenario, ApprovalPolicy policy,
        Operation operation, ref DateTimeOffset now)
    {
        switch (operation)
        {
            case Wait wait:
                now += wait.By;
                return (false, null);
            case Abort abort:
                return (run.Abort(scenario.Actor(abort.User), "property test", now).IsRefused, null);
            case Ask ask:
                var asked = ask.Kind switch
                {
                    StepTrigger.Retry => run.Retry(Target(run, ask.Step).StepId, scenario.Actor(ask.User), now),
                    StepTrigger.RequestSkip => run.RequestSkip(Target(run, ask.Step).StepId, scenario.Actor(ask.User), now),
                    _ => run.RequestApproval(Target(run, ask.Step).StepId, scenario.Actor(ask.User), now),
                };
                return (asked.IsRefused, null);
            case Decide decide:
                var step = Target(run, decide.Step);
                var seen = step.Version + decide.VersionOffset;
                return decide.Approve
                    ? (run.Approve(step.StepId, seen, scenario.Actor(decide.User), policy, now).IsRefused, null)
                    : (run.Reject(step.StepId, seen, scenario.Actor(decide.User), "not now", policy, now).IsRefused, null);
            case Expire expire:
                var due = Target(run, expire.Step);
                return (run.ExpireApprovals(due.StepId, due.Version + expire.VersionOffset, policy, now).IsRefused, null);
            case Execute { Kind: StepTrigger.Start } execute:
                var result = run.Start(Target(run, execute.Step).StepId, policy, now);
                return result.IsRefused ? (true, null) : (false, result.Value);
            case Execute { Kind: StepTrigger.Succeed } execute:
                return (run.Succeed(Target(run, execute.Step).StepId, "ok", now).IsRefused, null);
            case Execute execute:
                return (run.Fail(Target(run, execute.Step).StepId, "Heroku said 503", now).IsRefused, null);
            default:
                throw new ArgumentOutOfRangeException(nameof(operation), operation, null);
        }
    }

    private static Step Target(Run run, int step) =>
        step == CurrentStep ? run.CurrentStep ?? run.Steps[^1] : run.Steps[step];

    /// <summary>The invariant, computed from the test's own model of who may approve.</summary>
    private static void AssertLiveQuorum(RunScenario scenario, ApprovalPolicy policy, Step step, DateTimeOffset now,
        Operation operation)
    {
        var need = policy.RequiredApprovals(step.Definition);
        var approvers = step.Decisions
            .Where(d => d.StepVersion == step.Version && d.Verdict == Verdict.Approve)
            .Where(d => scenario.IsApprover(d.UserId))
            .Where(d => d.UserId != RequesterId || scenario.RequesterMayApprove)
            .Where(d => d.At + scenario.Expiry > now)
            .Select(d => d.UserId)
            .Distinct()
            .ToList();

        Assert.Equal(StepIntent.Execute, step.Intent);
        Assert.True(approvers.Count >= need,
            $"{operation} started {step} at {now:O} with {approvers.Count} valid approvals "
            + $"({string.Join(", ", approvers)}) but the policy needs {need}");
    }

    private static void AssertOneDecisionPerUserAndVersion(Run run, Operation operation)
    {
        foreach (var step in run.Steps)
        {
            var twice = step.Decisions.GroupBy(d => (d.StepVersion, d.UserId)).FirstOrDefault(g => g.Count() > 1);
            Assert.True(twice is null,
                $"{operation} recorded a second decision by {twice?.Key.UserId} on {step.StepId} v{twice?.Key.StepVersion}: "
                + string.Join(", ", twice?.Select(d => d.Verdict) ?? []));
        }
    }

    /// <summary>A refusal may only lapse approvals (audited as step.expire); everything else stays as it was.</summary>
    private static void AssertOnlyExpiryChanged(Run run, List<string> before,
        List<AuditEvent> newEvents, Operation operation)
    {
        Assert.All(newEvents, e => Assert.Equal("step.expire", e.Action));
        var expired = newEvents.Select(e => e.StepId).ToHashSet();
        var after = Lines(run);
        for (var i = 0; i < run.Steps.Count; i++)
        {
            if (!expired.Contains(run.Steps[i].StepId))
                Assert.True(before[i] == after[i], $"refused {operation} changed {before[i]} into {after[i]}");
        }

        Assert.Equal(before[^1], after[^1]);
    }

    /// <summary>One line per step, then the run's state.</summary>
    private static List<string> Lines(Run run) =>
    [
        .. run.Steps.Select(s => $"{s.StepId} {s.State} v{s.Version} r{s.Revision} {s.Intent} d={s.Decisions.Count} o={s.Outcome}"),
        run.State.ToString(),
    ];

    private sealed class Outcomes
    {
        public int Starts { get; set; }

        public int Refusals { get; set; }

        public int Expiries { get; set; }

        public int DestructiveStarts { get; set; }

        public int Completed { get; set; }

        public int Aborted { get; set; }

        public void Add(Outcomes other)
        {
            Starts += other.Starts;
            Refusals += other.Refusals;
            Expiries += other.Expiries;
            DestructiveStarts += other.DestructiveStarts;
            Completed += other.Completed;
            Aborted += other.Aborted;
        }

        public override string ToString() =>
            $"starts={Starts} refusals={Refusals} expiries={Expiries} destructive starts={DestructiveStarts} completed={Completed} aborted={Aborted}";
    }
}
