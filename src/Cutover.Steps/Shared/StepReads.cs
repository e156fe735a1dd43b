namespace Cutover.Steps;

/// <summary>The reads several steps start with.</summary>
internal static class StepReads
{
    /// <summary><c>GET /apps/{app}</c>, or null when Heroku answers 404 (no such app, or the token cannot see it).</summary>
    public static async Task<App?> FindAppAsync(IAppsApi apps, string app, CancellationToken cancellationToken)
    {
        try
        {
            return await apps.GetAsync(app, cancellationToken).ConfigureAwait(false);
        }
        catch (HerokuApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <summary>The newest release by version (<c>Range: version ..; max=1, order=desc</c>), or null when there is none.</summary>
    public static async Task<Release?> NewestReleaseAsync(IReleasesApi releases, string app, CancellationToken cancellationToken)
    {
        using var response = await releases.ListAsync(app, HerokuRange.Newest("version").ToString(), cancellationToken).ConfigureAwait(false);
        if (response.Error is { } error)
            throw error;
        return response.Content?.FirstOrDefault();
    }

    /// <summary>Names for a note: sorted, comma-separated.</summary>
    public static string Names(IEnumerable<string> names) => string.Join(", ", names.Order(StringComparer.Ordinal));
}
