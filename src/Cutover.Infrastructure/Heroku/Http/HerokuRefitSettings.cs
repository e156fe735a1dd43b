namespace Cutover.Infrastructure.Heroku.Http;

/// <summary>The Refit settings of every Heroku client.</summary>
public static class HerokuRefitSettings
{
    /// <summary>
    /// Bodies with <see cref="HerokuJson.Options"/>; error answers become <see cref="HerokuApiException"/> through
    /// <see cref="HerokuErrorFactory"/>; Refit's own exceptions (transport, deserialization) lose the request's
    /// <c>Authorization</c> header before they propagate (<see cref="RefitCredentials"/>).
    /// </summary>
    public static RefitSettings Create()
    {
        var settings = new RefitSettings { ContentSerializer = new SystemTextJsonContentSerializer(HerokuJson.Options) };
        settings.ExceptionFactory = response => HerokuErrorFactory.CreateAsync(response, settings);
        return settings.WithoutCredentialsInErrors();
    }
}
