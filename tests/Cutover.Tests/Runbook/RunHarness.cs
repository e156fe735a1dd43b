namespace Cutover.Tests.Runbook;

/// <summary>
/// One planned run on a fake clock, with the people of the brief: the requester (listed as an approver, so
/// that <see cref="ApprovalPolicy.RequesterMayApprove"/> is what decides), two approvers and an outsider.
/// </summary>
internal sealed class RunHarness
{
    public const string RequesterId = "U-req";

    public static readonly DateTimeOffset PlannedAt = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public RunHarness(ApprovalPolicy? policy = null)
    {
        Clock = new FakeTimeProvider(PlannedAt);
        Policy = policy ?? PolicyWith();
        Run = Run.Plan("legacy-app", "eu-space", null, RequesterId, Thread(), Now);
    }

    public static Actor Requester { get; } = new(RequesterId, IsApprover: true);

    public static Actor ApproverA { get; } = new("U-a", IsApprover: true);

    public static Actor ApproverB { get; } = new("U-b", IsApprover: true);

    public static Actor Outsider { get; } = new("U-x", IsApprover: false);

    public FakeTimeProvider Clock { get; }

    public DateTimeOffset Now => Clock.GetUtcNow();

    public ApprovalPolicy Policy { get; }

    public Run Run { get; }

    public static ConversationReference Thread() => new(ChatChannel.Slack, "C1", "1700000000.1");

    public static ApprovalPolicy PolicyWith(bool requesterMayApprove = false) => new()
    {
        Users = ApproverList.Users($"slack:{RequesterId} slack:{ApproverA.UserId} slack:{ApproverB.UserId}").Value!,
        RequesterMayApprove = requesterMayApprove,
    };

    public Step Step(string stepId) => Run.FindStep(stepId) ?? throw new ArgumentException($"no step {stepId}", nameof(stepId));

    public Step Request(string stepId) => Ok(Run.RequestApproval(stepId, Requester, Now));

    public ApprovalProgress Approve(string stepId, Actor approver) =>
        Ok(Run.Approve(stepId, Step(stepId).Version, approver, Policy, Now));

    /// <summary>Requests approval and collects as many distinct approvals as the policy needs.</summary>
    public Step RequestAndApprove(string stepId)
    {
        Request(stepId);
        var step = ApproveToQuorum(stepId);
        Assert.Equal(StepState.Approved, step.State);
        return step;
    }

    /// <summary>Approval, start and success of one step.</summary>
    public Step Execute(string stepId)
    {
        RequestAndApprove(stepId);
        Ok(Run.Start(stepId, Policy, Now));
        return Ok(Run.Succeed(stepId, "done", Now));
    }

    /// <summary>Approved skip of one step.</summary>
    public Step Skip(string stepId)
    {
        Ok(Run.RequestSkip(stepId, Requester, Now, "not needed in this test"));
        var step = ApproveToQuorum(stepId);
        Assert.Equal(StepState.Skipped, step.State);
        return step;
    }

    /// <summary>Executes every step before <paramref name="stepId"/>, so that it becomes the current step.</summary>
    public Step AdvanceTo(string stepId)
    {
        var target = Step(stepId);
        foreach (var step in Run.Steps.Where(s => s.Number < target.Number))
            Execute(step.StepId);
        Assert.Same(target, Run.CurrentStep);
        return target;
    }

    /// <summary>Approves as approver A, then as B when the policy needs a second approval.</summary>
    public Step ApproveToQuorum(string stepId)
    {
        var progress = Approve(stepId, ApproverA);
        if (!progress.QuorumReached)
            progress = Approve(stepId, ApproverB);
        return progress.Step;
    }

    public static T Ok<T>(Result<T> result)
    {
        if (result.IsRefused)
            Assert.Fail($"expected success, got refusal: {result.Refusal.Reason}");
        return result.Value;
    }

    /// <summary>Asserts that <paramref name="act"/> is refused and leaves the run exactly as it was; returns the reason.</summary>
    public string RefusedWithoutChange<T>(Func<Result<T>> act)
    {
        var before = Snapshot();
        var result = act();

        Assert.True(result.IsRefused, $"expected a refusal, got {result}");
        Assert.False(string.IsNullOrWhiteSpace(result.Refusal.Reason));
        Assert.Equal(before, Snapshot());
        return result.Refusal.Reason;
    }

    /// <summary>
    /// Asserts that <paramref name="who"/>'s <paramref name="verdict"/> on <paramref name="version"/> of the step is
    /// refused and leaves the run exactly as it was; returns the reason.
    /// </summary>
    public string RefusedDecision(string stepId, int version, Actor who, Verdict verdict = Verdict.Approve, string reason = "no") =>
        verdict == Verdict.Approve
            ? RefusedWithoutChange(() => Run.Approve(stepId, version, who, Policy, Now))
            : RefusedWithoutChange(() => Run.Reject(stepId, version, who, reason, Policy, Now));

    /// <summary>Asserts that a refusal's <paramref name="reason"/> contains every one of <paramref name="parts"/>; <paramref name="row"/> names the case.</summary>
    public static void Mentions(string row, string reason, params string[] parts) =>
        Assert.All(parts, part => Assert.True(
            reason.Contains(part, StringComparison.Ordinal), $"{row}: \"{reason}\" should contain \"{part}\""));

    /// <summary>Everything a refusal must not change, as one comparable string.</summary>
    public string Snapshot() =>
        $"{Run.State} audit={Run.PendingAudit.Count}\n" + string.Join("\n", Run.Steps.Select(s =>
            $"{s.StepId} {s.State} v{s.Version} r{s.Revision} {s.Intent} d={s.Decisions.Count} o={s.Outcome} u={s.UpdatedAt:O}"));
}
