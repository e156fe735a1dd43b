using Cutover.Chat.Slack.BlockKit;
using Microsoft.Extensions.Logging;
using Refit;

namespace Cutover.Chat.Slack.WebApi;

/// <summary>
/// The Refit settings of <see cref="ISlackWebApi"/>: <see cref="SlackJson"/> bodies, the envelope checked by
/// <see cref="SlackErrorFactory"/>, and no token in Refit's own exceptions (transport failures).
/// </summary>
public static class SlackRefitSettings
{
    public static RefitSettings Create(ILogger? logger = null) => new()
    {
        ContentSerializer = new SystemTextJsonContentSerializer(SlackJson.Options),
        ExceptionFactory = response => SlackErrorFactory.CreateAsync(response, logger),
        ExceptionRedactor = exception => exception.RequestMessage?.Headers.Authorization = null,
    };
}
