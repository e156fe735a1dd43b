namespace Cutover.Core.Approvals;

/// <summary>
/// Someone acting on a run, with their approver status already resolved (by <see cref="ApproverDirectory"/>)
/// so that the decision itself stays pure.
/// </summary>
/// <param name="UserId">The person's qualified id (<see cref="ChatUser.Qualified"/>: <c>slack:U…</c>, <c>teams:&lt;Entra object id&gt;</c>,
/// <c>console:&lt;name&gt;</c>), or <c>cutover</c> for Cutover itself.</param>
/// <param name="IsApprover">Whether the approval policy lists them, directly or through a group.</param>
public sealed record Actor(string UserId, bool IsApprover)
{
    /// <summary>Cutover itself, for moves the executor makes.</summary>
    public static Actor System { get; } = new("cutover", IsApprover: false);

    public override string ToString() => UserId;
}
