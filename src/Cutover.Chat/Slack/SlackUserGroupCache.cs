namespace Cutover.Chat.Slack;

/// <summary>
/// User group members, kept for <see cref="Expiry"/> after they were read. Concurrent lookups of the same group
/// share one read; a failed read is not cached.
/// </summary>
public sealed class SlackUserGroupCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    public SlackUserGroupCache(TimeSpan expiry, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(expiry, TimeSpan.Zero);
        ArgumentNullException.ThrowIfNull(time);
        Expiry = expiry;
        _time = time;
    }

    public TimeSpan Expiry { get; }

    /// <summary>The members of <paramref name="groupId"/>: cached if read less than <see cref="Expiry"/> ago, else loaded now.</summary>
    public async Task<IReadOnlySet<string>> GetAsync(
        string groupId, Func<CancellationToken, Task<IReadOnlyCollection<string>>> load, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(groupId);
        ArgumentNullException.ThrowIfNull(load);
        while (true)
        {
            var now = _time.GetUtcNow();
            Entry? created = null;
            var entry = _entries.GetOrAdd(groupId, _ => created = new Entry(now, new Lazy<Task<IReadOnlySet<string>>>(() => Load(load))));
            if (!ReferenceEquals(entry, created) && IsStale(entry, now))
            {
                _entries.TryRemove(KeyValuePair.Create(groupId, entry));
                continue;
            }

            return await entry.Members.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Expired, or a read that failed (it is retried by the next lookup, not cached).</summary>
    private bool IsStale(Entry entry, DateTimeOffset now)
    {
        var members = entry.Members.Value;
        return members.IsCompleted && (!members.IsCompletedSuccessfully || now - entry.LoadedAt >= Expiry);
    }

    private static async Task<IReadOnlySet<string>> Load(Func<CancellationToken, Task<IReadOnlyCollection<string>>> load)
    {
        // Not the caller's token: other callers may be waiting on this read too.
        var members = await load(CancellationToken.None).ConfigureAwait(false);
        return new HashSet<string>(members, StringComparer.Ordinal);
    }

    private sealed record Entry(DateTimeOffset LoadedAt, Lazy<Task<IReadOnlySet<string>>> Members);
}
