namespace Cutover.Chat.Slack.WebApi;

/// <summary>
/// Slack's envelope, common to every Web API answer. By the time a caller sees it, <see cref="Ok"/> is true:
/// <see cref="SlackErrorFactory"/> turns <c>ok: false</c> into a <see cref="SlackApiException"/>.
/// </summary>
public record SlackResponse
{
    public bool Ok { get; init; }

    public string? Error { get; init; }

    /// <summary>Set on success too, e.g. <c>message_truncated</c> or <c>missing_charset</c>.</summary>
    public string? Warning { get; init; }

    /// <summary>The scope a <c>missing_scope</c> error asks for.</summary>
    public string? Needed { get; init; }

    public string? Provided { get; init; }
}
