namespace Cutover.Steps;

/// <summary>How the executors wait on Heroku: read again with doubling pauses until settled or a deadline.</summary>
internal static class Polling
{
    /// <summary>Pauses for quick changes (a release, dynos booting): 1 s doubling up to 10 s.</summary>
    public static readonly (TimeSpan First, TimeSpan Longest) Quick = (TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(10));

    /// <summary>Pauses for slow changes (provisioning, follower lag): 5 s doubling up to 30 s.</summary>
    public static readonly (TimeSpan First, TimeSpan Longest) Slow = (TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(30));

    /// <summary>
    /// Reads until <paramref name="settled"/> holds or <paramref name="deadline"/> passes, pausing on
    /// <paramref name="timeProvider"/> between reads; returns the last value read (settled or not).
    /// </summary>
    public static async Task<T> UntilAsync<T>(T first, Func<CancellationToken, Task<T>> read, Func<T, bool> settled,
        DateTimeOffset deadline, (TimeSpan First, TimeSpan Longest) pauses, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var current = first;
        var delay = pauses.First;
        while (!settled(current))
        {
            var left = deadline - timeProvider.GetUtcNow();
            if (left <= TimeSpan.Zero)
                return current;
            await Task.Delay(delay < left ? delay : left, timeProvider, cancellationToken).ConfigureAwait(false);
            delay = delay * 2 < pauses.Longest ? delay * 2 : pauses.Longest;
            current = await read(cancellationToken).ConfigureAwait(false);
        }

        return current;
    }
}
