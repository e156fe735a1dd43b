using Cutover.Core.Ports;

namespace Cutover.Tests.Approvals;

/// <summary>Group membership from a dictionary (group id → member ids); records every lookup.</summary>
internal sealed class InMemoryGroupMembership(Dictionary<string, string[]> members) : IGroupMembership
{
    public List<(string Group, string User)> Lookups { get; } = [];

    public Task<bool> IsMemberAsync(string groupId, string userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Lookups.Add((groupId, userId));
        return Task.FromResult(members.TryGetValue(groupId, out var ids) && ids.Contains(userId, StringComparer.Ordinal));
    }
}
