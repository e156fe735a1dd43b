using Cutover.Core.Ports;

namespace Cutover.Core.Approvals;

/// <summary>
/// Resolves whether a user is an approver under the policy: listed directly, or a member of a listed group
/// according to any of the chat platforms' membership sources.
/// </summary>
public sealed class ApproverDirectory(ApprovalPolicy policy, IEnumerable<IGroupMembership> memberships)
{
    private readonly IReadOnlyList<IGroupMembership> _memberships = memberships.ToList();

    public ApprovalPolicy Policy => policy;

    /// <summary>The user as an <see cref="Actor"/> with their approver status resolved.</summary>
    public async Task<Actor> ResolveAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (policy.Users.Contains(userId))
            return new Actor(userId, IsApprover: true);
        foreach (var group in policy.Groups)
        {
            foreach (var membership in _memberships)
            {
                if (await membership.IsMemberAsync(group, userId, cancellationToken).ConfigureAwait(false))
                    return new Actor(userId, IsApprover: true);
            }
        }

        return new Actor(userId, IsApprover: false);
    }
}
