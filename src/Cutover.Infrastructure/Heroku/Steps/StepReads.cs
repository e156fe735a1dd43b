using System.Net;
using Cutover.Core.Planning;
using Cutover.Core.Runbook;
using Cutover.Infrastructure.Heroku.Models;
using Cutover.Infrastructure.Heroku.Platform;
using Refit;

namespace Cutover.Infrastructure.Heroku.Steps;

/// <summary>The reads every executor starts with, and the target app name rule.</summary>
internal static class StepReads
{
    /// <summary>The app created in the space: source name + <see cref="PlannerOptions.TargetAppSuffix"/>, as the planner names it.</summary>
    public static string TargetApp(Run run, PlannerOptions options) => run.SourceApp + options.TargetAppSuffix;

    /// <summary>Every item of a paged list.</summary>
    public static Task<List<T>> ListAsync<T>(Func<string?, CancellationToken, Task<ApiResponse<List<T>>>> fetchPage, CancellationToken cancellationToken) =>
        HerokuPaging.ReadAllAsync(fetchPage, cancellationToken: cancellationToken).ToListAsync(cancellationToken).AsTask();

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
