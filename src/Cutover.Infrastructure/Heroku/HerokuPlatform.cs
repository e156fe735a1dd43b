namespace Cutover.Infrastructure.Heroku;

/// <summary>The Core port <see cref="IHerokuPlatform"/> over the Platform API clients.</summary>
public sealed class HerokuPlatform(IAppsApi apps, ISpacesApi spaces) : IHerokuPlatform
{
    /// <summary>Generation of apps and spaces whose answer names none (everything before Fir).</summary>
    public const string DefaultGeneration = "cedar";

    /// <inheritdoc />
    public async Task<HerokuApp?> GetAppAsync(string app, CancellationToken cancellationToken)
    {
        try
        {
            var found = await apps.GetAsync(app, cancellationToken).ConfigureAwait(false);
            return new HerokuApp(
                found.Name,
                found.Region?.Name ?? string.Empty,
                found.Stack?.Name ?? string.Empty,
                found.Space?.Name,
                found.Generation?.Name ?? DefaultGeneration);
        }
        catch (HerokuApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    /// <inheritdoc />
    public async Task<HerokuSpace?> GetSpaceAsync(string space, CancellationToken cancellationToken)
    {
        try
        {
            var found = await spaces.GetAsync(space, cancellationToken).ConfigureAwait(false);
            return new HerokuSpace(
                found.Name,
                found.State,
                found.Region?.Name ?? string.Empty,
                found.Shield,
                found.Generation?.Name ?? DefaultGeneration);
        }
        catch (HerokuApiException exception) when (exception.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }
}
