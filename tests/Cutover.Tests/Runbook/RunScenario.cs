namespace Cutover.Tests.Runbook;

/// <summary>
/// A random life of one run for the property tests: who may approve, and a sequence of operations by a fixed
/// cast (the requester, three approvers, one outsider). Steps are numbers; <see cref="CurrentStep"/> means
/// "whatever step is current when the operation runs", so that sequences get deep into the runbook.
/// </summary>
public sealed record RunScenario(
    bool RequesterIsApprover,
    bool RequesterMayApprove,
    int Quorum,
    int DestructiveQuorum,
    TimeSpan Expiry,
    IReadOnlyList<RunScenario.Operation> Operations)
{
    public const int CurrentStep = -1;

    public const string RequesterId = "U-req";

    /// <summary>Index 0 is the requester, 1–3 are approvers, 4 is not an approver.</summary>
    public static IReadOnlyList<string> Users { get; } = [RequesterId, "U-a", "U-b", "U-c", "U-x"];

    /// <summary>The test's own model of who is an approver.</summary>
    public bool IsApprover(string userId) =>
        userId is "U-a" or "U-b" or "U-c" || (userId == RequesterId && RequesterIsApprover);

    public Actor Actor(int user) => new(Users[user], IsApprover(Users[user]));

    public ApprovalPolicy Policy() => new()
    {
        Users = Users.Where(IsApprover).Select(u => new ChatUser(ChatChannel.Slack, u)).ToHashSet(),
        RequesterMayApprove = RequesterMayApprove,
        Quorum = Quorum,
        DestructiveQuorum = DestructiveQuorum,
        Expiry = Expiry,
    };

    public override string ToString() =>
        $"requester approver={RequesterIsApprover} may approve={RequesterMayApprove} quorum={Quorum}/{DestructiveQuorum} "
        + $"expiry={Expiry}\n  " + string.Join("\n  ", Operations);

    /// <summary>One thing that happens to the run.</summary>
    public abstract record Operation;

    /// <summary>RequestApproval, Retry or RequestSkip.</summary>
    public sealed record Ask(int Step, StepTrigger Kind, int User) : Operation;

    /// <summary>An approve or reject click on the version the user saw (current + offset).</summary>
    public sealed record Decide(int Step, int User, bool Approve, int VersionOffset) : Operation;

    /// <summary>The executor's Start, Succeed or Fail.</summary>
    public sealed record Execute(int Step, StepTrigger Kind) : Operation;

    /// <summary>The expiry job firing for a version (current + offset).</summary>
    public sealed record Expire(int Step, int VersionOffset) : Operation;

    public sealed record Abort(int User) : Operation;

    public sealed record Wait(TimeSpan By) : Operation;
}
