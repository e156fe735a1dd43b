using Cutover.Core.Ports;

namespace Cutover.Core.Approvals;

/// <summary>Resolves whether a user is an approver under the policy: listed directly, or a member of a listed group.</summary>
public sealed class ApproverDirectory(ApprovalPolicy policy, IGroupMembership groups)
{
    public ApprovalPolicy Policy => policy;

    /// <summary>The user as an <see cref="Actor"/> with their approver status resolved.</summary>
    public async Task<Actor> ResolveAsync(string userId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        if (policy.Users.Contains(userId))
            return new Actor(userId, IsApprover: true);
        foreach (var group in policy.Groups)
        {
            if (await groups.IsMemberAsync(group, userId, cancellationToken).ConfigureAwait(false))
                return new Actor(userId, IsApprover: true);
        }

        return new Actor(userId, IsApprover: false);
    }
}
