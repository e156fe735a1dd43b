using System.Runtime.CompilerServices;

namespace Cutover.Infrastructure.Heroku;

/// <summary>
/// Reads every page of a Platform API list: while the answer is <c>206 Partial Content</c> with a
/// <c>Next-Range</c> header, asks again with <c>Range: &lt;Next-Range&gt;</c>; stops at a <c>200</c>, or at a
/// <c>206</c> without (or repeating) <c>Next-Range</c>. Error answers throw <see cref="HerokuApiException"/>.
/// </summary>
public static class HerokuPaging
{
    /// <summary>Every item of a list as one list: <see cref="ReadAllAsync{T}"/> from Heroku's default first page.</summary>
    public static Task<List<T>> ListAllAsync<T>(Func<string?, CancellationToken, Task<ApiResponse<List<T>>>> fetchPage, CancellationToken cancellationToken) =>
        ReadAllAsync(fetchPage, cancellationToken: cancellationToken).ToListAsync(cancellationToken).AsTask();

    /// <summary>
    /// All items of a list, e.g.
    /// <c>HerokuPaging.ReadAllAsync((range, ct) =&gt; domains.ListAsync("demo", range, ct), cancellationToken: ct)</c>.
    /// </summary>
    /// <param name="fetchPage">Calls the list endpoint with the given <c>Range</c> (null for the first default page).</param>
    /// <param name="range">The first page's range, e.g. <c>new HerokuRange("id", Max: 1000).ToString()</c>; null for Heroku's default.</param>
    /// <param name="cancellationToken">Cancels between and during pages.</param>
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(
        Func<string?, CancellationToken, Task<ApiResponse<List<T>>>> fetchPage,
        string? range = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        var next = range;
        while (true)
        {
            string? following;
            using (var response = await fetchPage(next, cancellationToken).ConfigureAwait(false))
            {
                if (response.Error is { } error)
                    throw error;
                foreach (var item in response.Content ?? [])
                    yield return item;
                following = response is { StatusCode: HttpStatusCode.PartialContent, Headers: { } headers } ? HerokuRange.NextRange(headers) : null;
            }

            if (following is null || following == next)
                yield break;
            next = following;
        }
    }
}
