namespace Cutover.Core.Approvals;

/// <summary>
/// Resolves whether a user is an approver under the policy: listed directly, or a member of a listed group of their own
/// platform, according to that platform's membership source. A Slack user is never matched against Teams entries or
/// groups, nor the other way round.
/// </summary>
public sealed class ApproverDirectory(ApprovalPolicy policy, IEnumerable<IGroupMembership> memberships)
{
    private readonly IReadOnlyList<IGroupMembership> _memberships = memberships.ToList();

    public ApprovalPolicy Policy => policy;

    /// <summary>The user as an <see cref="Actor"/> (qualified id) with their approver status resolved.</summary>
    public async Task<Actor> ResolveAsync(ChatUser user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (policy.Users.Contains(user))
            return new Actor(user.Qualified, IsApprover: true);
        foreach (var group in policy.Groups.Where(g => g.Platform == user.Platform))
        {
            foreach (var membership in _memberships.Where(m => m.Platform == user.Platform))
            {
                if (await membership.IsMemberAsync(group.Id, user.Id, cancellationToken).ConfigureAwait(false))
                    return new Actor(user.Qualified, IsApprover: true);
            }
        }

        return new Actor(user.Qualified, IsApprover: false);
    }
}
