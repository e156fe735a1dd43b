using FsCheck;
using static Cutover.Tests.Runbook.RunScenario;

namespace Cutover.Tests.Runbook;

/// <summary>
/// FsCheck generator and shrinker for <see cref="RunScenario"/>: an optional prelude that walks the first
/// steps the ordinary way (so that sequences also reach the destructive steps), then up to
/// <see cref="MaxOperations"/> random operations.
/// </summary>
public static class RunScenarioArbitrary
{
    public const int MaxOperations = 60;

    private static readonly Gen<int> Step = Gen.Frequency(
        (9, Gen.Constant(CurrentStep)),
        (1, Gen.Choose(0, RunbookCatalog.Steps.Count - 1)));

    private static readonly Gen<int> User = Gen.Choose(0, RunScenario.Users.Count - 1);

    /// <summary>The requester decides more often than the others, to exercise RequesterMayApprove.</summary>
    private static readonly Gen<int> Decider = Gen.Frequency((2, Gen.Constant(0)), (3, Gen.Choose(1, RunScenario.Users.Count - 1)));

    private static readonly Gen<int> VersionOffset = Gen.Frequency(
        (8, Gen.Constant(0)), (1, Gen.Constant(-1)), (1, Gen.Constant(1)));

    public static Gen<Operation> Operation { get; } = Gen.Frequency(
        (10, from step in Step
             from kind in Gen.Frequency(
                 (6, Gen.Constant(StepTrigger.RequestApproval)),
                 (2, Gen.Constant(StepTrigger.Retry)),
                 (2, Gen.Constant(StepTrigger.RequestSkip)))
             from user in User
             select (Operation)new Ask(step, kind, user)),
        (16, from step in Step
             from user in Decider
             from approve in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
             from offset in VersionOffset
             select (Operation)new Decide(step, user, approve, offset)),
        (16, from step in Step
             from kind in Gen.Frequency(
                 (4, Gen.Constant(StepTrigger.Start)),
                 (4, Gen.Constant(StepTrigger.Succeed)),
                 (1, Gen.Constant(StepTrigger.Fail)))
             select (Operation)new Execute(step, kind)),
        (2, from step in Step
            from offset in VersionOffset
            select (Operation)new Expire(step, offset)),
        (4, from minutes in Gen.Choose(0, 30 * 60)
            select (Operation)new Wait(TimeSpan.FromMinutes(minutes))),
        (1, from user in User
            select (Operation)new Abort(user)));

    public static Gen<RunScenario> Scenario { get; } =
        from requesterIsApprover in Gen.Elements(true, false)
        from requesterMayApprove in Gen.Elements(true, false)
        from quorum in Gen.Frequency((2, Gen.Constant(1)), (1, Gen.Constant(2)))
        from destructiveQuorum in Gen.Frequency((4, Gen.Constant(2)), (1, Gen.Constant(3)), (1, Gen.Constant(1)))
        from expiry in Gen.Frequency(
            (4, Gen.Constant(TimeSpan.FromHours(24))),
            (3, Gen.Choose(0, 48).Select(hours => TimeSpan.FromHours(hours))),
            (1, Gen.Choose(0, 120).Select(minutes => TimeSpan.FromMinutes(minutes))))
        from prelude in Gen.Frequency((1, Gen.Constant(0)), (3, Gen.Choose(1, RunbookCatalog.Steps.Count - 1)))
        from length in Gen.Choose(0, MaxOperations)
        from operations in Operation.ArrayOf(length)
        select new RunScenario(requesterIsApprover, requesterMayApprove, quorum, destructiveQuorum, expiry,
            [.. Prelude(prelude), .. operations]);

    public static Arbitrary<RunScenario> Scenarios() => Arb.From(Scenario, Shrink);

    /// <summary>Request, approve (by every approver, so any quorum is met), start and succeed the first steps.</summary>
    private static IEnumerable<Operation> Prelude(int steps) =>
        Enumerable.Range(0, steps).SelectMany(_ => new Operation[]
        {
            new Ask(CurrentStep, StepTrigger.RequestApproval, 0),
            new Decide(CurrentStep, 1, true, 0),
            new Decide(CurrentStep, 2, true, 0),
            new Decide(CurrentStep, 3, true, 0),
            new Execute(CurrentStep, StepTrigger.Start),
            new Execute(CurrentStep, StepTrigger.Succeed),
        });

    /// <summary>Shorter operation lists first: drop halves, then single operations.</summary>
    private static IEnumerable<RunScenario> Shrink(RunScenario scenario)
    {
        var ops = scenario.Operations;
        if (ops.Count > 1)
        {
            yield return scenario with { Operations = ops.Take(ops.Count / 2).ToArray() };
            yield return scenario with { Operations = ops.Skip(ops.Count / 2).ToArray() };
        }

        for (var i = ops.Count - 1; i >= 0; i--)
            yield return scenario with { Operations = ops.Where((_, index) => index != i).ToArray() };
    }
}
