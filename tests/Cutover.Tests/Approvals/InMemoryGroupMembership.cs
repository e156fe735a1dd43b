namespace Cutover.Tests.Approvals;

/// <summary>Group membership of one platform from a dictionary (group id → member ids); records every lookup.</summary>
internal sealed class InMemoryGroupMembership(ChatChannel platform, Dictionary<string, string[]> members) : IGroupMembership
{
    public List<(string Group, string User)> Lookups { get; } = [];

    public ChatChannel Platform => platform;

    public Task<bool> IsMemberAsync(string groupId, string userId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Lookups.Add((groupId, userId));
        return Task.FromResult(members.TryGetValue(groupId, out var ids) && ids.Contains(userId, StringComparer.Ordinal));
    }
}
