namespace Cutover.Chat.Slack.WebApi;

/// <summary>
/// The Refit settings of <see cref="ISlackWebApi"/>: <see cref="SlackJson"/> bodies, the envelope checked by
/// <see cref="SlackErrorFactory"/>, and no bot token left on the request that Refit's own exceptions carry
/// (transport failures, unreadable answers).
/// </summary>
public static class SlackRefitSettings
{
    public static RefitSettings Create(ILogger? logger = null) =>
        new RefitSettings
        {
            ContentSerializer = new SystemTextJsonContentSerializer(SlackJson.Options),
            ExceptionFactory = response => SlackErrorFactory.CreateAsync(response, logger),
        }.WithoutCredentialsInErrors();
}
