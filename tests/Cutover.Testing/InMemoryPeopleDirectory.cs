using System.Collections.Concurrent;
using Cutover.Core.Approvals;
using Cutover.Core.Ports;

namespace Cutover.Testing;

/// <summary><see cref="IPeopleDirectory"/> in memory: the names remembered, by qualified id.</summary>
public sealed class InMemoryPeopleDirectory : IPeopleDirectory
{
    private readonly ConcurrentDictionary<string, string> _names = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Names => _names;

    public Task RememberAsync(ChatUser user, string displayName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        _names[user.Qualified] = displayName;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> qualifiedIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(qualifiedIds);
        IReadOnlyDictionary<string, string> known = qualifiedIds.Where(_names.ContainsKey).Distinct().ToDictionary(id => id, id => _names[id], StringComparer.Ordinal);
        return Task.FromResult(known);
    }
}
