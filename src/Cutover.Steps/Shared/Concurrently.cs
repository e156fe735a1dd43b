namespace Cutover.Steps;

/// <summary>
/// Independent Heroku calls made side by side instead of one after the other: inside the cutover window every
/// sequential round trip is downtime. At most <see cref="MaxCalls"/> at once, well inside Heroku's rate limit and the
/// clients' pacing.
/// </summary>
public static class Concurrently
{
    public const int MaxCalls = 4;

    /// <summary>
    /// <paramref name="work"/> for each of <paramref name="items"/>, at most <see cref="MaxCalls"/> at a time; the results
    /// in the items' order. The first failure cancels what has not started and is thrown.
    /// </summary>
    public static async Task<TResult[]> EachAsync<T, TResult>(IReadOnlyList<T> items, Func<T, CancellationToken, Task<TResult>> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(work);
        var results = new TResult[items.Count];
        await Parallel.ForEachAsync(Enumerable.Range(0, items.Count),
            new ParallelOptions { MaxDegreeOfParallelism = MaxCalls, CancellationToken = cancellationToken },
            async (i, ct) => results[i] = await work(items[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
        return results;
    }
}
